import { RunningService } from '@voicegraph/platform';
import { randomUUID } from 'node:crypto';
import { foundPartnership, startTestGateway, startTestService, TEST_AUTH, waitFor } from '@voicegraph/testkit';
import type { RunningGateway } from '../../src/start-gateway';

/** Port 1 on loopback refuses connections: a subgraph that is down. */
const DOWN = 'http://127.0.0.1:1/graphql';

describe("the gateway's readiness names the subgraphs it cannot reach", () => {
  let people: RunningService;
  let gateway: RunningGateway;
  let base = '';

  beforeAll(async () => {
    people = await startTestService('people');
    gateway = await startTestGateway({ people: people.url, consultations: DOWN, governance: DOWN, feedback: DOWN });
    base = gateway.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await gateway.stop();
    await people.stop();
  });

  it('stays ready while one subgraph answers, naming the three that do not and nothing else about them', async () => {
    const response = await fetch(`${base}/ready`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      status: 'ready',
      subgraphs: { people: 'ok', consultations: 'unreachable', governance: 'unreachable', feedback: 'unreachable' },
      unreachable: ['consultations', 'governance', 'feedback'],
    });
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:1\b/);
  });

  it('counts requests per server and operation on /metrics, which reveals figures only', async () => {
    // Someone people knows (the founder of a partnership, straight at people: the gateway counts only WhoAmI).
    const { admin } = await foundPartnership(people.url, { name: `Readiness ${randomUUID().slice(0, 6)}` });
    const asked = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${admin.token}`,
      },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
    });
    expect(asked.status).toBe(200);
    const response = await fetch(people.url.replace('/graphql', '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      /^voicegraph_graphql_request_duration_seconds_count\{service="gateway",operation="WhoAmI",type="query",outcome="ok"\} 1$/m,
    );
    expect(text).toMatch(
      /^voicegraph_graphql_request_duration_seconds_count\{service="people",operation="\w+",type="query",outcome="\w+"\} \d+$/m,
    );
    expect(text).toMatch(
      /^voicegraph_gateway_subgraph_request_duration_seconds_count\{subgraph="people",outcome="ok"\} 1$/m,
    );
    expect(text).toMatch(/^voicegraph_outbox_backlog\{service="people"\} \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    // No addresses, credentials or secrets: the database URL's parts and the token secret are absent.
    const database = new URL(people.config.databaseUrl);
    for (const secret of [database.host, database.password, database.username, TEST_AUTH.secret, 'postgres://'])
      expect(text).not.toContain(secret);
  });

  it('is not ready once no subgraph answers, and ready again by itself when one is back', async () => {
    await people.stop();
    await waitFor('the gateway to report no subgraph', async () => (await fetch(`${base}/ready`)).status === 503);
    const body = await (await fetch(`${base}/ready`)).json();
    expect(body).toMatchObject({ status: 'not ready', subgraphs: { people: 'unreachable' } });
    expect(body.unreachable).toHaveLength(4);

    people = await startTestService('people', {
      config: { ...people.config, port: people.port },
    });
    await waitFor('the gateway to be ready again', async () => (await fetch(`${base}/ready`)).status === 200);
  });
});
