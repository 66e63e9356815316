import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { buildPeopleWorld, gql, ok, REGISTER_PERSON, startStack, waitFor, waitUntilKnown } from '@voicegraph/testkit';

/** One span as the OTLP/HTTP JSON exporter sends it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

interface ExportRequest {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
}

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/** A tiny OTLP/HTTP receiver on loopback: keeps every span it is sent, answers 200 with an empty ExportTraceServiceResponse. */
function startReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[]; posts: string[] }> {
  const spans: ReceivedSpan[] = [];
  const posts: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      posts.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
      for (const { resource, scopeSpans } of body.resourceSpans) {
        const service = resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
      }
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, posts }),
    );
  });
}

const attribute = (span: ReceivedSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

/**
 * Tracing on the real stack: one registerPerson through the gateway is one trace, from the
 * gateway's server span through its call to people, people's server span (with its SQL
 * statements), the outbox row, the relay's publish to Kafka and the Kafka event (CloudEvents
 * `traceparent`), to consultations' PersonRegistered projection (with its SQL statements).
 */
describe('one mutation, one trace across services', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let stack: Awaited<ReturnType<typeof startStack>>;
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = await startReceiver();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.OTEL_BSP_SCHEDULE_DELAY = '100'; // export each batch soon, so the test need not wait 5 s per hop
    stack = await startStack(['people', 'consultations'], { jobs: false });
  });
  afterAll(async () => {
    process.env = saved;
    await stack?.stop();
    await new Promise((resolve) => {
      receiver?.server.close(resolve);
    });
  });

  it('links the gateway, people and consultations’ consumer handler by parent span ids under one trace id', async () => {
    const world = await buildPeopleWorld(stack.gateway.url);
    await waitUntilKnown(stack.services, Object.values(world.staffIds));
    const operation = `TraceRegister${randomUUID().slice(0, 8)}`;
    const response = await gql(
      stack.gateway.url,
      REGISTER_PERSON.replace('mutation(', `mutation ${operation}(`),
      {
        input: {
          kind: 'YOUNG_PERSON',
          organisationIds: [world.orgA],
          displayName: 'Tia',
          givenName: 'Tiana',
          familyName: 'Mensah',
          dateOfBirth: '2011-03-03',
        },
      },
      world.tokens.leadA,
    );
    const personId = ok(response).registerPerson.id as string;

    const root = await waitFor('the gateway span of the mutation', async () =>
      receiver.spans.find(
        (s) => s.service === 'voicegraph-gateway' && attribute(s, 'graphql.operation.name') === operation,
      ),
    );
    const consumed = await waitFor('consultations handling PersonRegistered in the same trace', async () =>
      receiver.spans.find(
        (s) =>
          s.traceId === root.traceId &&
          s.service === 'voicegraph-consultations' &&
          s.name === 'voicegraph.people.PersonRegistered.v1 process',
      ),
    );
    // The precondition: the projection really ran (a row for this person in consultations).
    const consultations = stack.services.find((s) => s.name === 'consultations')!;
    const projected = await consultations.dataSource.query(
      'SELECT count(*)::int AS n FROM consultations.person_projection WHERE person_id = $1',
      [personId],
    );
    expect(projected[0].n).toBe(1);

    const trace = receiver.spans.filter((s) => s.traceId === root.traceId);
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    expect(root.kind).toBe(SERVER);
    expect(root.parentSpanId ?? '').toBe('');
    // Every other span of the trace hangs from a span of the same trace: one connected tree.
    for (const span of trace.filter((s) => s !== root)) expect(byId.has(span.parentSpanId ?? '')).toBe(true);

    const chain: ReceivedSpan[] = [];
    for (let at: ReceivedSpan | undefined = consumed; at; at = byId.get(at.parentSpanId ?? '')) chain.unshift(at);
    expect(chain.map((s) => [s.service, s.kind])).toEqual([
      ['voicegraph-gateway', SERVER],
      ['voicegraph-gateway', CLIENT],
      ['voicegraph-people', SERVER],
      ['voicegraph-consultations', CONSUMER],
    ]);
    expect(chain[1].name).toBe('subgraph people');
    expect(attribute(consumed, 'messaging.destination.name')).toBe('people.person.v1');
    expect(receiver.posts.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);

    // The relay's hand-off to Kafka, in the request's trace: a producer span under people's server span.
    const published = await waitFor('the relay’s publish of PersonRegistered in the same trace', async () =>
      receiver.spans.find(
        (s) => s.traceId === root.traceId && s.kind === PRODUCER && s.name === 'people.person.v1 publish',
      ),
    );
    expect(published.service).toBe('voicegraph-people');
    expect(published.parentSpanId).toBe(chain[2].spanId);
    expect(attribute(published, 'messaging.destination.name')).toBe('people.person.v1');
    const eventId = consumed.attributes.find((a) => a.key === 'messaging.message.id')?.value.stringValue;
    expect(attribute(published, 'messaging.message.id')).toBe(eventId);

    // SQL statements (instrumentation-pg), each under the span of the service that ran it, without the SQL text.
    const statements = receiver.spans.filter((s) => s.traceId === root.traceId && s.name.startsWith('pg.query:'));
    const peopleInserts = statements.filter(
      (s) => s.service === 'voicegraph-people' && s.name.startsWith('pg.query:INSERT'),
    );
    expect(peopleInserts.length).toBeGreaterThan(0);
    expect(peopleInserts.every((s) => s.kind === CLIENT && s.parentSpanId === chain[2].spanId)).toBe(true);
    const projection = statements.filter((s) => s.service === 'voicegraph-consultations');
    expect(projection.length).toBeGreaterThan(0);
    expect(projection.every((s) => s.parentSpanId === consumed.spanId)).toBe(true);
    // Still one connected tree with the relay's and the statements' spans in it.
    const whole = receiver.spans.filter((s) => s.traceId === root.traceId);
    const ids = new Set(whole.map((s) => s.spanId));
    for (const span of whole.filter((s) => s !== root)) expect(ids.has(span.parentSpanId ?? '')).toBe(true);
    for (const span of statements) {
      expect(span.attributes.map((a) => a.key)).toEqual(expect.arrayContaining(['db.system', 'db.name']));
      expect(span.attributes.map((a) => a.key)).not.toContain('db.statement');
    }
  });
});
