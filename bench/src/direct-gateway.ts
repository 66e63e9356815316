/**
 * Child entry: the "direct" client — no gateway, no query planning: it answers the trail query
 * by calling the subgraphs itself in the same fetch sequence a planner would (consultations;
 * then people, governance and feedback in parallel; then feedback for the decisions' outcomes),
 * over keep-alive sockets, and merges the answers. The floor a gateway could reach: like the
 * shipped gateway it shares identical in-flight subgraph calls (same URL, body and token), so no
 * gateway can beat it by doing less work on the same calls.
 * SUBGRAPH_<NAME>_URL, PORT. Only the trail operation is implemented.
 */
import { Agent, createServer, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 128 });
const urls = {
  people: process.env.SUBGRAPH_PEOPLE_URL!,
  consultations: process.env.SUBGRAPH_CONSULTATIONS_URL!,
  governance: process.env.SUBGRAPH_GOVERNANCE_URL!,
  feedback: process.env.SUBGRAPH_FEEDBACK_URL!,
};
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const inFlight = new Map<string, Promise<Json>>();

/** One subgraph call, shared with an identical one already in flight (as the shipped gateway does). */
function post(url: string, payload: unknown, authorization: string | undefined): Promise<Json> {
  const body = JSON.stringify(payload);
  const key = `${url}\n${authorization ?? ''}\n${body}`;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const call = send(url, body, authorization).finally(() => inFlight.delete(key));
  inFlight.set(key, call);
  return call;
}

function send(url: string, body: string, authorization: string | undefined): Promise<Json> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(authorization ? { authorization } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (parsed.errors?.length) reject(new Error(JSON.stringify(parsed.errors)));
            else resolve(parsed.data);
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const STAGE1 = `query($first: Int!, $filter: ConsultationFilter) { consultations(first: $first, filter: $filter) { totalCount edges { node {
  id title ladderLevel status leadOrganisation { id }
  contributions(first: 3) { totalCount edges { node { id text submittedAt } } }
  findings { id title contributionCount } } } } }`;
const ORGS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { name } } }';
const DECISIONS =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Finding { decisions { id title forum { id name } } } } }';
const FEEDBACK =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Consultation { feedbackObligation { id status dueOn onTime } } ... on Finding { outcome { id status youSaid weDid } } } }';
const OUTCOMES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Decision { outcomes { id status weDid } } } }';

async function trail(first: number, filter: Json, auth: string | undefined): Promise<Json> {
  const { consultations } = await post(urls.consultations, { query: STAGE1, variables: { first, filter } }, auth);
  const nodes: Json[] = consultations.edges.map((e: Json) => e.node);
  const findings: Json[] = nodes.flatMap((n) => n.findings);
  const orgIds = [...new Set(nodes.map((n) => n.leadOrganisation.id as string))];
  const [orgs, decisions, feedback] = await Promise.all([
    post(
      urls.people,
      { query: ORGS, variables: { r: orgIds.map((id) => ({ __typename: 'Organisation', id })) } },
      auth,
    ),
    post(
      urls.governance,
      { query: DECISIONS, variables: { r: findings.map((f) => ({ __typename: 'Finding', id: f.id })) } },
      auth,
    ),
    post(
      urls.feedback,
      {
        query: FEEDBACK,
        variables: {
          r: [
            ...nodes.map((n) => ({ __typename: 'Consultation', id: n.id })),
            ...findings.map((f) => ({ __typename: 'Finding', id: f.id })),
          ],
        },
      },
      auth,
    ),
  ]);
  const orgName = new Map(orgIds.map((id, i) => [id, orgs._entities[i].name]));
  const allDecisions: Json[] = decisions._entities.flatMap((e: Json) => e.decisions);
  const outcomes = allDecisions.length
    ? (
        await post(
          urls.feedback,
          { query: OUTCOMES, variables: { r: allDecisions.map((d) => ({ __typename: 'Decision', id: d.id })) } },
          auth,
        )
      )._entities
    : [];
  let d = 0;
  findings.forEach((f, i) => {
    f.decisions = decisions._entities[i].decisions.map((x: Json) => ({ ...x, outcomes: outcomes[d++].outcomes }));
    f.outcome = feedback._entities[nodes.length + i].outcome;
  });
  nodes.forEach((n, i) => {
    n.leadOrganisation = { id: n.leadOrganisation.id, name: orgName.get(n.leadOrganisation.id) };
    n.feedbackObligation = feedback._entities[i].feedbackObligation;
  });
  return { consultations };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let first = 20;
    let filter: Json = null;
    let query = '';
    try {
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      first = parsed.variables?.first ?? 20;
      filter = parsed.variables?.filter ?? null;
      query = parsed.query ?? '';
    } catch {
      /* defaults */
    }
    if (query.trim() === '{ __typename }') {
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"__typename":"Query"}}');
      return;
    }
    trail(first, filter, req.headers.authorization).then(
      (data) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data }));
      },
      (error: Error) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  process.exit(0);
});
