import { randomUUID } from 'node:crypto';
import {
  buildEnvelope,
  handleBatchWithInbox,
  handleWithInbox,
  InboxItem,
  on,
  PeopleEvents,
  PersonSnapshot,
  RunningService,
} from '@voicegraph/platform';
import { startTestService } from '@voicegraph/testkit';
import { projectPerson } from '../../src/handlers/people-projection';
import { consultationsService } from '../../src/service';

/**
 * The person handler as the consumer runs it: runs of events in one inbox transaction, the
 * register of young people (registered_young_people) moved once per run at its end. Whatever the
 * runs, redeliveries and concurrent runs, the register must hold exactly what its rebuild
 * computes from the projection, or "registered in each cohort" (the denominator of reach) drifts.
 */
describe('person projection applied in runs: the register of young people', () => {
  let consultations: RunningService;
  const partnershipId = randomUUID();
  const [orgA, orgB] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    // The handler is called directly: no relay, consumers or jobs.
    consultations = await startTestService(consultationsService, { relay: false, consumers: false, jobs: false });
  });
  afterAll(async () => {
    await consultations?.stop();
  });

  const db = () => consultations.dataSource;
  const snapshot = (personId: string, change: Partial<PersonSnapshot> = {}): PersonSnapshot => ({
    personId,
    partnershipId,
    kind: 'YOUNG_PERSON',
    organisationIds: [orgB, orgA],
    ageBand: 'AGE_11_TO_15',
    cohorts: ['SEND', 'CHILD_IN_CARE'],
    ...change,
  });
  // PersonRegistered and PersonProfileChanged carry the same snapshot to the same handler.
  const item = (data: PersonSnapshot): InboxItem => ({
    event: buildEnvelope(PeopleEvents.PersonRegistered, data.personId, data),
    handler: on(PeopleEvents.PersonRegistered, projectPerson).handle,
  });
  const run = (items: InboxItem[]) =>
    handleBatchWithInbox(db(), 'consultations', items, consultations.config.erasureKey);

  /** This partnership's register as kept, and as the projection says it should be (rows with people > 0). */
  async function keptAndExpected(): Promise<{ kept: string[]; expected: string[] }> {
    const asText = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
    const kept = await db().query(
      `SELECT age_band, cohorts, organisation_ids, people FROM consultations.registered_young_people
        WHERE partnership_id = $1 AND people > 0`,
      [partnershipId],
    );
    const expected = await db().query(
      `SELECT age_band, consultations.sorted_set(cohorts) AS cohorts, consultations.sorted_set(organisation_ids) AS organisation_ids, count(*)::int AS people
         FROM consultations.person_projection WHERE partnership_id = $1 AND kind = 'YOUNG_PERSON'
        GROUP BY 1, 2, 3`,
      [partnershipId],
    );
    return { kept: asText(kept), expected: asText(expected) };
  }
  const registered = async (): Promise<number> =>
    (
      await db().query(
        `SELECT coalesce(sum(people), 0)::int AS n FROM consultations.registered_young_people WHERE partnership_id = $1`,
        [partnershipId],
      )
    )[0].n;

  const [y1, y2, y3, y4, s1] = Array.from({ length: 5 }, () => randomUUID());
  const first = [
    item(snapshot(y1)),
    item(snapshot(y2, { cohorts: [] })),
    item(snapshot(y3)),
    // y1's cohorts change and y2 stops being a young person within the same run.
    item(snapshot(y1, { cohorts: ['YOUTH_JUSTICE'] })),
    item(snapshot(y2, { kind: 'STAFF', ageBand: 'OVER_25', cohorts: [] })),
    item(snapshot(s1, { kind: 'STAFF', ageBand: 'OVER_25', cohorts: [] })),
    // The same organisations and cohorts in another order are the same counter row.
    item(snapshot(y4, { organisationIds: [orgA, orgB], cohorts: ['CHILD_IN_CARE', 'SEND'] })),
  ];

  it('counts a run of registrations and changes as the projection stands at its end', async () => {
    expect(await run(first)).toEqual(Array(first.length).fill('applied'));
    expect(await registered()).toBe(3); // y1, y3, y4
    const { kept, expected } = await keptAndExpected();
    expect(kept).toHaveLength(2); // y3 and y4 share a row; y1 has one of their own
    expect(kept).toEqual(expected);
  });

  it('counts a run delivered twice once', async () => {
    expect(await run(first)).toEqual(Array(first.length).fill('duplicate'));
    // And one of its events delivered again on its own.
    expect(
      await handleWithInbox(db(), 'consultations', first[0].event, first[0].handler, consultations.config.erasureKey),
    ).toBe('duplicate');
    expect(await registered()).toBe(3);
    const { kept, expected } = await keptAndExpected();
    expect(kept).toEqual(expected);
  });

  it('moves a person between rows when a change is applied on its own', async () => {
    const change = item(snapshot(y3, { ageBand: 'AGE_16_TO_18' }));
    expect(
      await handleWithInbox(db(), 'consultations', change.event, change.handler, consultations.config.erasureKey),
    ).toBe('applied');
    expect(await registered()).toBe(3);
    const { kept, expected } = await keptAndExpected();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expected);
  });

  it('applies concurrent runs that move people between the same rows in opposite orders', async () => {
    // Two partitions' consumers: each run touches the same two counter rows, in opposite orders.
    const people = Array.from({ length: 8 }, () => randomUUID());
    const younger = (id: string) => item(snapshot(id, { ageBand: 'AGE_8_TO_10', cohorts: [] }));
    const older = (id: string) => item(snapshot(id, { ageBand: 'AGE_19_TO_25', cohorts: [] }));
    const runs = [
      [...people.slice(0, 4).map(younger), ...people.slice(0, 4).map(older)],
      [...people.slice(4).map(older), ...people.slice(4).map(younger)],
    ];
    const outcomes = await Promise.all(runs.map((r) => run(r)));
    expect(outcomes.flat()).toEqual(Array(16).fill('applied'));
    expect(await registered()).toBe(11);
    const { kept, expected } = await keptAndExpected();
    expect(kept).toEqual(expected);
  });
});
