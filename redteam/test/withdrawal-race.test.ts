import { setTimeout as sleep } from 'node:timers/promises';
import { ConsultationEvents, topicOf } from '@voicegraph/platform';
import { codes, EventCollector, gql, ok, waitFor } from '@voicegraph/testkit';
import {
  buildRedTeamWorld,
  inBatches,
  openConsultation,
  RedTeamWorld,
  SUBMIT,
  waitForConsents,
  WITHDRAW_CONSENT,
  YoungPerson,
  youngPerson,
} from './world';

/**
 * Attack (issue 13, item 1): withdraw participation consent and keep contributing in the
 * milliseconds before consultations hears of it. Run 200 times; afterwards nothing submitted at
 * or after the instant of withdrawal may count anywhere: rows, reach, the graph, events.
 */
const RACES = 200;
/**
 * Each race sends contributions this many ms after the withdrawal is sent (negative: before).
 * Two races at a time: the machine is small and shared, and one person's submissions queue on
 * their lock while holding a database connection each.
 */
const OFFSETS_MS = [-2, 0, 1, 3, 6];

interface Sent {
  person: YoungPerson;
  contributionId: string;
  anonymous: boolean;
}

describe('red team: contributing in the window of a consent withdrawal', () => {
  let world: RedTeamWorld;
  let events: EventCollector;
  let consultationId: string;
  let people: YoungPerson[];
  const accepted: Sent[] = [];
  let refused = 0;
  let withdrawnAt: Map<string, Date>;

  beforeAll(async () => {
    events = await new EventCollector([topicOf(ConsultationEvents.ContributionSubmitted)]).start();
    world = await buildRedTeamWorld();
    consultationId = await openConsultation(world, world.tokens.leadA, world.orgA);
    people = await inBatches([...Array(RACES).keys()], 10, () =>
      youngPerson(world, world.tokens.leadA, world.orgA, { consent: 'SELF' }),
    );
    await waitForConsents(
      world,
      people.map((p) => p.id),
    );

    await inBatches(people, 2, async (person, index) => {
      const contribute = async (offset: number, k: number) => {
        await sleep(offset - Math.min(...OFFSETS_MS));
        const anonymous = (index + k) % 2 === 0;
        const response = await gql(
          world.gateway,
          SUBMIT,
          { i: { consultationId, text: `race ${index}.${k}`, anonymous } },
          person.token,
        );
        if (response.errors) {
          expect(codes(response)).toEqual(['FORBIDDEN']);
          refused += 1;
        } else accepted.push({ person, contributionId: response.data!.submitContribution.id, anonymous });
      };
      const withdraw = async () => {
        await sleep(-Math.min(...OFFSETS_MS));
        ok(
          await gql(
            world.gateway,
            WITHDRAW_CONSENT,
            { i: { personId: person.id, kind: 'PARTICIPATION' } },
            person.token,
          ),
        );
      };
      await Promise.all([withdraw(), ...OFFSETS_MS.map(contribute)]);
    });

    // The withdrawals have reached consultations, and what they removed has been announced.
    await waitForConsents(
      world,
      people.map((p) => p.id),
      false,
    );
    const rows: { withdrawn_at: Date; person_id: string }[] = await world.services.people.dataSource.query(
      `SELECT person_id, withdrawn_at FROM people.consent WHERE person_id = ANY($1::uuid[]) AND kind = 'PARTICIPATION'`,
      [people.map((p) => p.id)],
    );
    withdrawnAt = new Map(rows.map((r) => [r.person_id, r.withdrawn_at]));
  }, 600_000);

  afterAll(async () => {
    await events.stop();
    await world?.stack.stop();
  });

  const submittedAt = async (ids: string[]): Promise<Map<string, Date>> => {
    const rows: { id: string; created_at: Date }[] = await world.services.consultations.dataSource.query(
      `SELECT id, created_at FROM consultations.contribution WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.created_at]));
  };
  const removedIds = async (): Promise<Set<string>> => {
    const rows: { contribution_id: string }[] = await world.services.consultations.dataSource.query(
      `SELECT contribution_id FROM consultations.contribution_removal WHERE person_id = ANY($1::uuid[])`,
      [people.map((p) => p.id)],
    );
    return new Set(rows.map((r) => r.contribution_id));
  };

  it('the window was really hit: contributions were accepted after the withdrawal instant, and some before', async () => {
    expect(withdrawnAt.size).toBe(RACES);
    expect(accepted.length + refused).toBe(RACES * OFFSETS_MS.length);
    const removed = await removedIds();
    const kept = await submittedAt(accepted.map((a) => a.contributionId));
    expect(removed.size).toBeGreaterThan(0);
    expect(kept.size).toBeGreaterThan(0);
    expect(removed.size + kept.size).toBe(accepted.length);
  });

  it('no contribution submitted at or after the withdrawal instant is left; every one before it is', async () => {
    const kept = await submittedAt(accepted.map((a) => a.contributionId));
    const removed = await removedIds();
    for (const sent of accepted) {
      const at = kept.get(sent.contributionId);
      if (at) expect(at.getTime()).toBeLessThan(withdrawnAt.get(sent.person.id)!.getTime());
      else expect(removed.has(sent.contributionId)).toBe(true);
    }
    const [{ late }] = await world.services.consultations.dataSource.query(
      `SELECT count(*)::int AS late FROM consultations.contribution c
         JOIN unnest($1::uuid[], $2::timestamptz[]) AS w(person_id, withdrawn_at) ON w.person_id = c.person_id
        WHERE c.created_at >= w.withdrawn_at`,
      [[...withdrawnAt.keys()], [...withdrawnAt.values()]],
    );
    expect(late).toBe(0);
  });

  it('reach counts only what is left, and equals rebuild_reach_month()', async () => {
    const db = world.services.consultations.dataSource;
    const ids = people.map((p) => p.id);
    const [{ rows, reach }] = await db.query(
      `SELECT (SELECT count(*)::int FROM consultations.contribution WHERE person_id = ANY($1::uuid[])) AS rows,
              (SELECT COALESCE(sum(contributions), 0)::int FROM consultations.reach_month WHERE lead AND person_id = ANY($1::uuid[])) AS reach`,
      [ids],
    );
    expect(rows).toBeGreaterThan(0);
    expect(reach).toBe(rows);
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      const snapshot = `SELECT consultation_id, organisation_id, person_id, month, partnership_id, lead, context, age_band, cohort_mask, contributions
                          FROM consultations.reach_month ORDER BY 1, 2, 3, 4`;
      const before = await runner.query(snapshot);
      await runner.query('SELECT consultations.rebuild_reach_month()');
      expect(await runner.query(snapshot)).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('the graph counts only what is left, and each young person is told what was removed', async () => {
    const [{ rows }] = await world.services.consultations.dataSource.query(
      `SELECT count(*)::int AS rows FROM consultations.contribution WHERE consultation_id = $1`,
      [consultationId],
    );
    const total = ok(
      await gql(
        world.gateway,
        '{ consultation(id: "' + consultationId + '") { contributions(first: 1) { totalCount } } }',
        {},
        world.tokens.leadA,
      ),
    ).consultation.contributions.totalCount;
    expect(total).toBe(rows);
    const removed = await removedIds();
    const victim = accepted.find((a) => removed.has(a.contributionId))!.person;
    const told = ok(
      await gql(
        world.gateway,
        '{ me { removedContributions { reason submittedOn consultation { id } } } }',
        {},
        victim.token,
      ),
    ).me.removedContributions as { reason: string; consultation: { id: string } | null }[];
    const theirs = accepted.filter((a) => a.person.id === victim.id && removed.has(a.contributionId));
    expect(told).toHaveLength(theirs.length);
    expect(told.every((t) => t.reason === 'CONSENT_WITHDRAWN')).toBe(true);
  });

  it('downstream: every ContributionSubmitted at or after the withdrawal is followed by a ContributionWithdrawn, and only those', async () => {
    const removed = await removedIds();
    await events.waitFor((e) => e.event.type.endsWith('.ContributionWithdrawn.v1'), removed.size, 120_000);
    const ours = new Map(accepted.map((a) => [a.contributionId, a]));
    const submittedOfOurs = () =>
      events.received.filter(
        (e) =>
          e.event.type.endsWith('.ContributionSubmitted.v1') &&
          ours.has((e.event.data as { contributionId: string }).contributionId),
      );
    await waitFor('every ContributionSubmitted of the races', async () => submittedOfOurs().length === accepted.length);
    const submitted = submittedOfOurs();
    const withdrawnEvents = new Map(
      events.received
        .filter((e) => e.event.type.endsWith('.ContributionWithdrawn.v1'))
        .map((e) => [
          (e.event.data as { contributionId: string }).contributionId,
          e.event.data as { personId: string | null },
        ]),
    );
    let late = 0;
    for (const e of submitted) {
      const data = e.event.data as { contributionId: string; submittedAt: string };
      const sent = ours.get(data.contributionId)!;
      const afterWithdrawal = Date.parse(data.submittedAt) >= withdrawnAt.get(sent.person.id)!.getTime();
      expect(withdrawnEvents.has(data.contributionId)).toBe(afterWithdrawal);
      if (afterWithdrawal) {
        late += 1;
        // An anonymous contribution's withdrawal names no one, as its submission did not.
        expect(withdrawnEvents.get(data.contributionId)!.personId).toBe(sent.anonymous ? null : sent.person.id);
      }
    }
    expect(submitted.length).toBeGreaterThan(0);
    expect(late).toBe(removed.size);
  });
});
