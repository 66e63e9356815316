import { erasureHash, RunningService } from '@voicegraph/platform';
import { buildPeopleWorld, gql, ok, PeopleWorld, registerYoungPerson, startTestService } from '@voicegraph/testkit';
import { RetentionRule } from '../../src/domain/retention';
import { RetentionRefused, runRetention } from '../../src/retention/run-retention';
import { peopleService } from '../../src/service';

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);
const careLeavers: RetentionRule = { inactiveYears: 6, fromAge: 25, cohorts: ['CARE_LEAVER'] };

/**
 * The retention rule on the real database, kept to this test's own partnership: a dry run lists
 * exactly who is past the rule (exactly N years, the age reached that day, an activity on a leap
 * day) and writes nothing; the real run erases exactly them through the erasure path, once.
 */
describe('the retention rule erases care leavers past 25 with no activity for 6 years', () => {
  let people: RunningService;
  let world: PeopleWorld;
  const ids: Record<string, string> = {};

  const young = async (name: string, dateOfBirth: string, lastActivity: string, cohorts = ['CARE_LEAVER']) => {
    ids[name] = await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, {
      displayName: name,
      dateOfBirth,
      cohorts,
    });
    await people.dataSource.query(
      `UPDATE people.person SET created_at = $2, updated_at = $2, last_activity_at = $2 WHERE id = $1`,
      [ids[name], `${lastActivity}T12:00:00Z`],
    );
  };
  const run = (today: string, dryRun: boolean, confirmCount?: number) =>
    runRetention(people.dataSource, people.config.erasureKey, careLeavers, {
      today: day(today),
      dryRun,
      confirmCount,
      partnershipId: world.partnershipId,
    });
  const names = (personIds: string[]) =>
    personIds.map((id) => Object.keys(ids).find((name) => ids[name] === id)).sort();
  /** Everything an erasure would write, counted. */
  const footprint = async () =>
    (
      await people.dataSource.query(
        // Young people and, apart, the world's staff (registered too: the rule must never reach them).
        `SELECT (SELECT count(*)::int FROM people.person WHERE partnership_id = $1 AND kind = 'YOUNG_PERSON') AS people,
                (SELECT count(*)::int FROM people.person WHERE partnership_id = $1 AND kind = 'STAFF') AS staff,
                (SELECT count(*)::int FROM people.consent) AS consents,
                (SELECT count(*)::int FROM people.outbox) AS outbox,
                (SELECT count(*)::int FROM people.audit_log) AS audit,
                (SELECT count(*)::int FROM people.erased_person) AS tombstones`,
        [world.partnershipId],
      )
    )[0];

  beforeAll(async () => {
    // No relay: the PersonErased events the run enqueues stay in the outbox for the test to read.
    people = await startTestService(peopleService, { jobs: false, relay: false, consumers: false });
    world = await buildPeopleWorld(people.url);
    await young('exactly six years', '1990-05-05', '2024-03-01');
    await young('a day short of six years', '1990-05-05', '2024-03-02');
    await young('last seen on a leap day', '1990-05-05', '2024-02-29');
    await young('turns 25 that day', '2005-03-01', '2020-01-01');
    await young('still 24', '2005-03-02', '2020-01-01');
    await young('not a care leaver', '1990-05-05', '2020-01-01', ['CHILD_IN_CARE']);
    await young('consented since', '1990-05-05', '2020-01-01');
    await young('sat on a board since', '1990-05-05', '2020-01-01');
    const consent = ok(
      await gql(
        people.url,
        'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }',
        { i: { personId: ids['consented since'], kind: 'CONTACT', givenBy: 'SELF' } },
        world.tokens.leadA,
      ),
    ).recordConsent.id;
    await people.dataSource.query(`UPDATE people.consent SET recorded_at = '2025-06-01T10:00:00Z' WHERE id = $1`, [
      consent,
    ]);
    // Activity reported by governance's events (SeatAssigned) lands in last_activity_at.
    await people.dataSource.query(`UPDATE people.person SET last_activity_at = '2027-01-01T00:00:00Z' WHERE id = $1`, [
      ids['sat on a board since'],
    ]);
  });
  afterAll(async () => {
    await people.stop();
  });

  it('the day before, nobody is due: not six whole years yet, nor 25, nor a leap-day anniversary', async () => {
    expect((await footprint()).people).toBe(8);
    expect((await run('2030-02-28', true)).due).toEqual([]);
  });

  it('a dry run lists exactly the people past the rule and writes nothing', async () => {
    const before = await footprint();
    const report = await run('2030-03-01', true);
    expect(names(report.due.map((d) => d.personId))).toEqual([
      'exactly six years',
      'last seen on a leap day',
      'turns 25 that day',
    ]);
    expect(report.due.find((d) => d.personId === ids['last seen on a leap day'])!.lastActivityOn).toBe('2024-02-29');
    expect(report.erased).toEqual([]);
    expect(await footprint()).toEqual(before);
    expect(before.people).toBe(8);
  });

  it('a real run confirmed for another number erases nobody', async () => {
    const before = await footprint();
    await expect(run('2030-03-01', false, 2)).rejects.toThrow(RetentionRefused);
    await expect(run('2030-03-01', false)).rejects.toThrow(/--confirm 3/);
    expect(await footprint()).toEqual(before);
  });

  it('the real run erases exactly them through the erasure path, and a second run erases nobody', async () => {
    const before = await footprint();
    const report = await run('2030-03-01', false, 3);
    const erased = ['exactly six years', 'last seen on a leap day', 'turns 25 that day'];
    expect(names(report.erased)).toEqual(erased);

    const remaining = await people.dataSource.query(
      `SELECT display_name FROM people.person WHERE partnership_id = $1 AND kind = 'YOUNG_PERSON'`,
      [world.partnershipId],
    );
    expect(remaining.map((r: { display_name: string }) => r.display_name).sort()).toEqual(
      Object.keys(ids)
        .filter((name) => !erased.includes(name))
        .sort(),
    );
    const events = await people.dataSource.query(
      `SELECT envelope->'data'->>'personId' AS id FROM people.outbox WHERE event_type = 'voicegraph.people.PersonErased.v1' AND envelope->'data'->>'personId' = ANY($1)`,
      [Object.values(ids)],
    );
    expect(names(events.map((e: { id: string }) => e.id))).toEqual(erased);
    const tombstones = await people.dataSource.query(
      `SELECT count(*)::int AS n FROM people.erased_person WHERE person_hash = ANY($1)`,
      [erased.map((name) => erasureHash(people.config.erasureKey, ids[name]))],
    );
    expect(tombstones[0].n).toBe(3);
    const after = await footprint();
    expect(after.audit - before.audit).toBe(3);
    expect(after.staff).toBe(before.staff);
    const audit = await people.dataSource.query(
      `SELECT count(*)::int AS n FROM people.audit_log WHERE action = 'ERASE' AND fields = '{RETENTION_RULE}' AND actor_id IS NULL AND id > (SELECT max(id) - 3 FROM people.audit_log)`,
    );
    expect(audit[0].n).toBe(3);

    const again = await run('2030-03-01', false, 3);
    expect(again).toMatchObject({ due: [], erased: [] });
    expect(await footprint()).toEqual(after);
  });
});
