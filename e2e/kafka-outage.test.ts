import { randomUUID } from 'node:crypto';
import { RunningService, startService } from '@voicegraph/platform';
import {
  applyPartnershipsCreated,
  CREATE_PARTNERSHIP,
  EventCollector,
  founderToken,
  gql,
  ok,
  PARTNERSHIP_TOPIC as TOPIC,
  startPeopleProducer,
  subgraph,
  testServiceConfig,
  tokenFor,
  waitFor,
  waitUntilAllApplied,
} from '@voicegraph/testkit';
import { startLocalKafka, stopLocalKafka } from '../tools/src/infra/kafka-broker';

/**
 * Nothing acknowledged is lost: with the broker stopped, mutations still succeed (their events
 * wait in the outbox); when it is back, every event arrives and an inbox applies each once.
 */
describe('Kafka outage', () => {
  let people: RunningService;

  beforeAll(async () => {
    people = await startPeopleProducer();
  });
  afterAll(async () => {
    await startLocalKafka(); // whatever happened, leave the broker running for the next test file
    await people?.stop();
  });

  it('200 mutations succeed while Kafka is down, and all 200 events arrive exactly once in effect after it returns', async () => {
    await stopLocalKafka();

    const created: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const response = await gql(
        people.url,
        CREATE_PARTNERSHIP,
        { input: { name: `Outage partnership ${i}` } },
        await founderToken(), // each partnership its own founder (who becomes its first admin)
      );
      created.push(ok(response).createPartnership.id);
    }
    expect(new Set(created).size).toBe(200);
    const waiting = await people.dataSource.query(`SELECT count(*)::int AS n FROM people.outbox WHERE key = ANY($1)`, [
      created,
    ]);
    expect(waiting[0].n).toBe(200);

    await startLocalKafka();
    const collector = new EventCollector([TOPIC]);
    await collector.start();
    const applied = await applyPartnershipsCreated('outage');
    try {
      const events = await collector.waitFor((r) => created.includes(r.event.subject), 200, 90_000);
      expect(new Set(events.map((e) => e.event.subject)).size).toBe(200);
      const counts = await waitUntilAllApplied(applied.store, created, { topic: TOPIC }, 60_000);
      expect(counts.most).toBe(1);
      const left = await people.dataSource.query(`SELECT count(*)::int AS n FROM people.outbox WHERE key = ANY($1)`, [
        created,
      ]);
      expect(left[0].n).toBe(0);
    } finally {
      await applied.stop();
      await collector.stop();
    }
    // Restarting the broker may take minutes on a loaded machine (see READY_TIMEOUT_MS).
  }, 360_000);
});

describe('a consuming service started while Kafka is down', () => {
  it('starts, serves requests, and consumes once the broker is back', async () => {
    const consultationsService = await subgraph('consultations');
    await stopLocalKafka();
    let consultations: RunningService | undefined;
    try {
      consultations = await startService(consultationsService, {
        config: testServiceConfig('consultations'),
        consumerGroupId: `outage-start-${randomUUID()}`,
      });
      const ready = await fetch(consultations.url.replace('/graphql', '/ready'));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', consumer: 'connecting' });
      // A lead the service already knew before the outage (its projection of people: set up
      // directly, as Kafka is down and this consumer group has read nothing yet).
      const claims = { sub: randomUUID(), partnership: randomUUID() };
      await consultations.dataSource.query(
        `INSERT INTO consultations.person_projection (person_id, partnership_id, kind, organisation_ids, age_band)
         VALUES ($1, $2, 'STAFF', '{}', 'UNKNOWN')`,
        [claims.sub, claims.partnership],
      );
      const lead = await tokenFor({ ...claims, roles: ['PARTICIPATION_LEAD'], orgs: [] });
      expect(
        ok(await gql(consultations.url, '{ consultations(first: 1) { totalCount } }', {}, lead)).consultations
          .totalCount,
      ).toBe(0);
      await startLocalKafka();
      await waitFor('the consumer to connect', async () => consultations!.consumer!.connected, 60_000, 250);
    } finally {
      await startLocalKafka();
      await consultations?.stop();
    }
  }, 360_000);
});
