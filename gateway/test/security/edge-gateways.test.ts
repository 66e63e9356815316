import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { RunningService } from '@voicegraph/platform';
import { foundPartnership, gql, registerStaff, startTestService, testGatewayEnv, tokenFor } from '@voicegraph/testkit';
import { loadGatewayConfig } from '../../src/config';
import { RunningGateway, startGateway } from '../../src/start-gateway';

/** Port 1 on loopback refuses connections: a subgraph that is down. */
const DOWN = 'http://127.0.0.1:1/graphql';
const CREATE = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id name } }';
const PRODUCTION_SECRET = 'a-production-secret-for-the-edge-tests-0123456789';

/** A "subgraph" that answers headers at once, then one byte every 100 ms, forever. */
function tricklingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    const timer = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(timer));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

describe('the gateway at the edge', () => {
  let people: RunningService;
  const gateways: RunningGateway[] = [];
  const gateway = async (env: Record<string, string>) => {
    const started = await startGateway(
      loadGatewayConfig(
        testGatewayEnv({
          SUBGRAPH_PEOPLE_URL: people.url,
          SUBGRAPH_CONSULTATIONS_URL: DOWN,
          SUBGRAPH_GOVERNANCE_URL: DOWN,
          SUBGRAPH_FEEDBACK_URL: DOWN,
          ...env,
        }),
      ),
    );
    gateways.push(started);
    return started;
  };

  beforeAll(async () => {
    people = await startTestService('people', { consumers: false, jobs: false });
  });
  afterAll(async () => {
    for (const started of gateways) await started.stop();
    await people?.stop();
  });

  it('counts one caller across two gateway replicas and answers 429 with Retry-After past the limit', async () => {
    const env = { VOICEGRAPH_RATE_LIMIT_REQUESTS: '6', VOICEGRAPH_RATE_LIMIT_WINDOW_SECONDS: '120' };
    const [a, b] = [await gateway(env), await gateway(env)];
    const token = await tokenFor({ sub: randomUUID(), roles: ['ANALYST'] });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await gql(i % 2 ? a.url : b.url, '{ __typename }', {}, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const refused = await fetch(a.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another caller is not affected.
    const other = await tokenFor({ sub: randomUUID(), roles: ['ANALYST'] });
    expect((await gql(b.url, '{ __typename }', {}, other)).status).toBe(200);
  });

  it('names an unavailable part of the graph at its fields and answers the rest', async () => {
    const g = await gateway({});
    const { partnershipId: id, admin } = await foundPartnership(g.url, { name: `Edge ${randomUUID().slice(0, 6)}` });
    const { token: analyst } = await registerStaff(g.url, admin.token, id, ['ANALYST']);
    const result = await gql(
      g.url,
      `query($id: ID!) { named: partnership(id: $id) { id name }
        figures: partnership(id: $id) { id feedbackAnalytics(period: { from: "2026-01-01", to: "2026-12-31" }) { suppressionThreshold } } }`,
      { id },
      analyst,
    );
    // feedbackAnalytics is non-null, so its partnership becomes null; the other root field stands.
    expect(result.data).toMatchObject({ named: { id }, figures: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      path: ['figures', 'feedbackAnalytics'],
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'feedback' },
    });
    expect(result.errors?.[0].message).toMatch(/feedback part of the graph is unavailable/);
  });

  it('gives up on a subgraph that trickles bytes at its whole deadline, not its idle timeout', async () => {
    const trickle = await tricklingServer();
    try {
      const g = await gateway({ SUBGRAPH_FEEDBACK_URL: trickle.url, GATEWAY_SUBGRAPH_TIMEOUT_MS: '1000' });
      const result = await gql(
        g.url,
        '{ overdueFeedback { totalCount } }',
        {},
        await tokenFor({ sub: randomUUID(), roles: ['ANALYST'] }),
      );
      expect(result.errors?.[0]).toMatchObject({
        path: ['overdueFeedback'],
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'feedback' },
      });
    } finally {
      await trickle.close();
    }
  });

  it('passes a subgraph refusal through unchanged: code and message', async () => {
    const g = await gateway({});
    const founder = await tokenFor({ sub: randomUUID(), roles: ['PARTNERSHIP_ADMIN'] });
    const result = await gql(g.url, CREATE, { input: { name: '' } }, founder);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/name must not be empty/);
  });

  it('in production: no introspection, no suggestions, no landing page, no browsers but the listed', async () => {
    const g = await gateway({
      NODE_ENV: 'production',
      VOICEGRAPH_JWT_SECRET: PRODUCTION_SECRET,
      VOICEGRAPH_ERASURE_KEY: 'a-production-erasure-key-for-the-edge-tests-0123',
    });
    const introspection = await gql(g.url, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0]?.message).toMatch(/[Ii]ntrospection/);
    const typo = await gql(g.url, '{ partnershps { id } }');
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).toMatch(/Cannot query field/);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const page = await fetch(g.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).not.toMatch(/cdn|googleapis|apollographql\.com/i);
    const preflight = await fetch(g.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('outside production the local front ends are allowed; other origins are not', async () => {
    const g = await gateway({});
    const allowed = await fetch(g.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await fetch(g.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('/ready and /metrics reveal no file paths, hosts or driver messages', async () => {
    const g = await gateway({});
    for (const base of [g.url, people.url].map((url) => url.replace('/graphql', ''))) {
      for (const path of ['/ready', '/metrics']) {
        const text = await (await fetch(`${base}${path}`)).text();
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(
          /(\/[\w.-]+){2,}\.(js|ts|json)\b|node_modules|\/(work|home|usr|tmp|opt|srv)\/|127\.0\.0\.1|postgres(ql)?:\/\//,
        );
      }
    }
  });

  it('every service connection has a statement_timeout', async () => {
    const [row] = await people.dataSource.query('SHOW statement_timeout');
    expect(row.statement_timeout).toBe('15s');
  });
});
