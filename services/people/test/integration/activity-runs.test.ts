import { randomUUID } from 'node:crypto';
import {
  buildEnvelope,
  ConsultationEvents,
  handleBatchWithInbox,
  handleWithInbox,
  InboxItem,
  on,
  RunningService,
} from '@voicegraph/platform';
import { buildPeopleWorld, PeopleWorld, registerYoungPerson, startTestService } from '@voicegraph/testkit';
import { noteContributionActivity } from '../../src/handlers/activity';
import { peopleService } from '../../src/service';

/**
 * Activity reported by other services' events, applied as the consumer applies them: runs of
 * events in one inbox transaction, written once at its end. The latest activity wins whatever the
 * order, a redelivered run changes nothing, and runs of several partitions that name the same
 * people (these events are keyed by contribution, not by person) are all applied.
 */
describe('last activity from runs of events', () => {
  let people: RunningService;
  let world: PeopleWorld;
  const ids: string[] = [];

  beforeAll(async () => {
    // The handler is called directly: no relay, consumers or jobs.
    people = await startTestService(peopleService, { jobs: false, relay: false, consumers: false });
    world = await buildPeopleWorld(people.url);
    for (const name of ['Ada', 'Bo', 'Cy', 'Di'])
      ids.push(await registerYoungPerson(people.url, world.tokens.leadA, world.orgA, { displayName: name }));
    await people.dataSource.query(`UPDATE people.person SET last_activity_at = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  });
  afterAll(async () => {
    await people?.stop();
  });

  const contribution = (personId: string | null, submittedAt: string): InboxItem => {
    const contributionId = randomUUID();
    return {
      event: buildEnvelope(ConsultationEvents.ContributionSubmitted, contributionId, {
        contributionId,
        consultationId: randomUUID(),
        partnershipId: world.partnershipId,
        personId,
        questionId: null,
        anonymous: personId === null,
        submittedAt,
      }),
      handler: on(ConsultationEvents.ContributionSubmitted, noteContributionActivity).handle,
    };
  };
  const run = (items: InboxItem[]) =>
    handleBatchWithInbox(people.dataSource, 'people', items, people.config.erasureKey);
  const lastActivity = async (): Promise<(string | null)[]> => {
    const rows: { id: string; at: string | null }[] = await people.dataSource.query(
      `SELECT id, to_char(last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS at FROM people.person WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.map((id) => rows.find((r) => r.id === id)!.at);
  };

  let first: InboxItem[] = [];
  beforeAll(() => {
    first = [
      contribution(ids[0], '2026-03-02T10:00:00Z'),
      contribution(ids[1], '2026-03-01T10:00:00Z'),
      // A later contribution of Ada's and then an earlier one, in the same run: the latest wins.
      contribution(ids[0], '2026-03-05T10:00:00Z'),
      contribution(ids[0], '2026-03-03T10:00:00Z'),
      contribution(null, '2026-03-09T10:00:00Z'), // anonymous: nobody's activity
      contribution(randomUUID(), '2026-03-09T10:00:00Z'), // somebody people does not know
    ];
  });

  it('keeps the latest activity of each person named in a run', async () => {
    expect(await run(first)).toEqual(Array(first.length).fill('applied'));
    expect(await lastActivity()).toEqual(['2026-03-05T10:00', '2026-03-01T10:00', null, null]);
  });

  it('changes nothing when the run, or one of its events, is delivered again', async () => {
    await people.dataSource.query(`UPDATE people.person SET last_activity_at = '2026-01-01T00:00:00Z' WHERE id = $1`, [
      ids[1],
    ]);
    expect(await run(first)).toEqual(Array(first.length).fill('duplicate'));
    expect(
      await handleWithInbox(people.dataSource, 'people', first[1].event, first[1].handler, people.config.erasureKey),
    ).toBe('duplicate');
    expect(await lastActivity()).toEqual(['2026-03-05T10:00', '2026-01-01T00:00', null, null]);
  });

  it('never moves activity back: an older event after a newer one leaves the newer', async () => {
    expect(
      await run([contribution(ids[0], '2026-02-01T10:00:00Z'), contribution(ids[1], '2026-02-01T10:00:00Z')]),
    ).toEqual(['applied', 'applied']);
    expect(await lastActivity()).toEqual(['2026-03-05T10:00', '2026-02-01T10:00', null, null]);
  });

  it('applies concurrent runs that name the same people in opposite orders', async () => {
    // One run names Ada, Bo, Cy, Di and then all four again; the other Di, Cy, Bo, Ada.
    const forwards = [
      ...ids.map((id, i) => contribution(id, `2026-04-0${i + 1}T10:00:00Z`)),
      ...ids.map((id) => contribution(id, '2026-04-01T09:00:00Z')),
    ];
    const backwards = [...ids].reverse().map((id, i) => contribution(id, `2026-04-0${i + 1}T12:00:00Z`));
    const outcomes = await Promise.all([run(forwards), run(backwards)]);
    expect(outcomes.flat()).toEqual(Array(12).fill('applied'));
    // Each person's latest of the two runs (Ada: 04-01 10:00 or 04-04 12:00; Di: 04-04 10:00 or 04-01 12:00).
    expect(await lastActivity()).toEqual([
      '2026-04-04T12:00',
      '2026-04-03T12:00',
      '2026-04-03T10:00',
      '2026-04-04T10:00',
    ]);
  });
});
