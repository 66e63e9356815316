import { randomUUID } from 'node:crypto';
import {
  atEndOfInboxTransaction,
  buildEnvelope,
  DEV_ERASURE_KEY,
  EventHandler,
  handleBatchWithInbox,
  handleWithInbox,
  InboxItem,
  isEventOf,
  PeopleEvents,
} from '@voicegraph/platform';
import { scratchSchema } from '@voicegraph/testkit';
import { EntityManager } from 'typeorm';

type Store = Awaited<ReturnType<typeof scratchSchema>>;

/**
 * Work a handler defers to the end of its inbox transaction (atEndOfInboxTransaction) runs once
 * per transaction, after every handler of a run, and commits or rolls back with them; a run
 * delivered again changes nothing. The handler here counts registrations in one shared row, as
 * consultations' register does, adding up its run's changes and writing them once.
 */
describe('work deferred to the end of the inbox transaction', () => {
  let store: Store;
  const partnershipId = randomUUID();
  let flushes = 0;
  let failFlush = false;

  /** Once per inbox transaction, with every person its handlers gave it. */
  const countPeople = async (tx: EntityManager, personIds: string[]): Promise<void> => {
    flushes += 1;
    if (failFlush) throw new Error('flush refused (test)');
    // Every handler of the run has written its row by now, in this transaction.
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM ${store.schema}.person`);
    await tx.query(`UPDATE ${store.schema}.counter SET people = people + $1, seen_rows = $2`, [personIds.length, n]);
  };
  const countPerson: EventHandler = async (event, tx) => {
    if (!isEventOf(PeopleEvents.PersonRegistered, event)) throw new Error(`not a registration: ${event.type}`);
    const { personId } = event.data;
    await tx.query(`INSERT INTO ${store.schema}.person (person_id) VALUES ($1)`, [personId]);
    atEndOfInboxTransaction(tx, countPeople, personId);
  };

  const registration = (): InboxItem => ({
    event: buildEnvelope(PeopleEvents.PersonRegistered, randomUUID(), {
      personId: randomUUID(),
      partnershipId,
      kind: 'YOUNG_PERSON',
      organisationIds: [],
      ageBand: 'AGE_11_TO_15',
      cohorts: [],
    }),
    handler: countPerson,
  });
  const counter = async (): Promise<{ people: number; seen_rows: number }> =>
    (await store.dataSource.query(`SELECT people, seen_rows FROM ${store.schema}.counter`))[0];
  const people = async (): Promise<number> =>
    (await store.dataSource.query(`SELECT count(*)::int AS n FROM ${store.schema}.person`))[0].n;

  beforeAll(async () => {
    store = await scratchSchema();
    await store.dataSource.query(`CREATE TABLE ${store.schema}.person (person_id uuid PRIMARY KEY)`);
    await store.dataSource.query(`CREATE TABLE ${store.schema}.counter (people int NOT NULL, seen_rows int NOT NULL)`);
    await store.dataSource.query(`INSERT INTO ${store.schema}.counter VALUES (0, 0)`);
  });
  afterAll(async () => {
    await store?.drop();
  });
  beforeEach(() => {
    flushes = 0;
    failFlush = false;
  });

  it('runs once for a run of events, after all their handlers, and counts each event once', async () => {
    const run = [registration(), registration(), registration()];
    const outcomes = await handleBatchWithInbox(store.dataSource, store.schema, run, DEV_ERASURE_KEY);
    expect(outcomes).toEqual(['applied', 'applied', 'applied']);
    expect(flushes).toBe(1);
    expect(await counter()).toEqual({ people: 3, seen_rows: 3 });

    // The same run again (a redelivery after a crash before the offset was committed): nothing changes.
    const again = await handleBatchWithInbox(store.dataSource, store.schema, run, DEV_ERASURE_KEY);
    expect(again).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(flushes).toBe(1);
    expect(await counter()).toEqual({ people: 3, seen_rows: 3 });
  });

  it('runs for one event applied on its own, and not for its redelivery', async () => {
    const one = registration();
    expect(await handleWithInbox(store.dataSource, store.schema, one.event, one.handler, DEV_ERASURE_KEY)).toBe(
      'applied',
    );
    expect(await handleWithInbox(store.dataSource, store.schema, one.event, one.handler, DEV_ERASURE_KEY)).toBe(
      'duplicate',
    );
    expect(flushes).toBe(1);
    expect(await counter()).toEqual({ people: 4, seen_rows: 4 });
  });

  it('rolls the run back with it when it fails: no inbox rows, no handler effects', async () => {
    failFlush = true;
    const run = [registration(), registration()];
    await expect(handleBatchWithInbox(store.dataSource, store.schema, run, DEV_ERASURE_KEY)).rejects.toThrow(
      'flush refused (test)',
    );
    expect(await people()).toBe(4);
    expect(await counter()).toEqual({ people: 4, seen_rows: 4 });
    // So the run can be applied afterwards (the consumer's one-at-a-time fallback does this).
    failFlush = false;
    for (const item of run)
      expect(await handleWithInbox(store.dataSource, store.schema, item.event, item.handler, DEV_ERASURE_KEY)).toBe(
        'applied',
      );
    expect(await counter()).toEqual({ people: 6, seen_rows: 6 });
  });

  it('refuses outside an inbox transaction, where nothing would run it', async () => {
    await store.dataSource.transaction(async (tx) => {
      expect(() => atEndOfInboxTransaction(tx, countPeople, randomUUID())).toThrow(/only inside an inbox transaction/);
    });
  });
});
