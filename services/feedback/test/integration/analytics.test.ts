import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import {
  AnyData,
  buildPeopleWorld,
  codes,
  gql,
  months,
  ok,
  PeopleWorld,
  registerStaff,
  registerYoungPerson,
  startStack,
  tokenFor,
  waitUntilKnown,
  waitUntilPartnershipKnown,
} from '@voicegraph/testkit';
import { feedbackService } from '../../src/service';
import { ConsultationStory, EventFeed, tellConsultation, waitForProjection } from './feed';
import { outcomeInput, RECORD_OUTCOME, SEND_FEEDBACK, SUBMIT_VOICE_CHECK } from './world';

const FEEDBACK_ANALYTICS = `query($id: ID!, $period: AnalyticsPeriod!, $filter: AnalyticsFilter) {
  partnership(id: $id) {
    feedbackAnalytics(period: $period, filter: $filter) {
      period { from to }
      suppressionThreshold
      obligations { due metOnTime metLate overdue open onTimeShare medianDaysToFeedback { value suppressed } }
      outcomes { total byStatus { status count } byBoundary { boundary count } }
      voiceChecks {
        youngPeople { value suppressed }
        meanFeltHeard { value suppressed }
        space { answer youngPeople { value suppressed } }
        voice { answer youngPeople { value suppressed } }
        audience { answer youngPeople { value suppressed } }
        influence { answer youngPeople { value suppressed } }
      }
    }
  }
}`;

const DAY = 24 * 60 * 60 * 1000;
const W = { value: null, suppressed: true };
const n = (value: number) => ({ value, suppressed: false });
type Answers = { space: string; voice: string; audience: string; influence: string; feltHeard: number };
const QUESTIONS = ['space', 'voice', 'audience', 'influence'] as const;

/**
 * Hand-computed data set (threshold 5), through the real people and feedback services; consultations'
 * events come from the feed, as in the other feedback tests.
 *
 * Obligations, all due on the 15th of last month (closed 28 days before, 10:00), feedback sent at 10:00:
 *   org A: sent the 5th, 10th, 12th (on time) and the 20th (late) → 18, 23, 25, 33 days after closing
 *   org B: sent the 8th (on time) and the 16th (late) → 21, 29 days; one never sent (overdue)
 *   → last month: 7 due, 4 on time, 2 late, 1 overdue; median of 18 21 23 25 29 33 = 24.
 *   This month: one org A obligation due on the last day, not met (open).
 * Outcomes this month: V (org A) ACCEPTED, PARTLY_ACCEPTED (PRACTICAL), NOT_ACCEPTED (FINANCIAL);
 *   W (org B) NOT_ACCEPTED (SAFETY).
 * Voice checks this month: V (org A) a1..a10, W (org B) b1..b3 — 13 young people, felt heard
 *   A: 4,4,4,4,4,4,4,5,5,3 (sum 41, mean 4.1), B: 1,2,2 (sum 5): all 46/13 = 3.538 → 3.5.
 *   space:     YES 7 (a1..a7), PARTLY 6 (a8..a10, b1..b3)            → both shown, rounded: 5, 5
 *   voice:     YES 9 (a1..a9), PARTLY 3 (a10, b1, b2), NO 1 (b3)    → PARTLY, NO withheld; 4 is small, so YES too
 *   audience:  YES 6 (a1..a6), PARTLY 4 (a7..a10), NOT_SURE 3 (b…) → PARTLY, NOT_SURE withheld (7 together)
 *   influence: YES 8 (a1..a8), NO 5 (a9, a10, b1..b3)               → NO withheld, and YES so it cannot be subtracted
 * Voice checks last month: X (org B) c1, c2 — sent this month through the graph, then moved back a month
 * in feedback's table (the graph has no way to backdate a voice check).
 */
describe('feedback analytics (real people and feedback, threshold 5)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let feedback: RunningService;
  let world: PeopleWorld;
  let leadB: string;
  const feed = new EventFeed();
  const { current, previous, both } = months();

  const youngPeople = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, id: randomUUID() as string }));
  const a = youngPeople('a', 10);
  const b = youngPeople('b', 3);
  const c = youngPeople('c', 2);

  const answersOf = (index: number, group: 'a' | 'b'): Answers => {
    if (group === 'a') {
      const i = index + 1;
      return {
        space: i <= 7 ? 'YES' : 'PARTLY',
        voice: i <= 9 ? 'YES' : 'PARTLY',
        audience: i <= 6 ? 'YES' : 'PARTLY',
        influence: i <= 8 ? 'YES' : 'NO',
        feltHeard: [4, 4, 4, 4, 4, 4, 4, 5, 5, 3][index],
      };
    }
    return {
      space: 'PARTLY',
      voice: index < 2 ? 'PARTLY' : 'NO',
      audience: 'NOT_SURE',
      influence: 'NO',
      feltHeard: [1, 2, 2][index],
    };
  };

  const submit = async (consultationId: string, personId: string, answers: Answers) => {
    const token = await tokenFor({ sub: personId, roles: ['YOUNG_PERSON'], partnership: world.partnershipId });
    return ok(
      await gql(stack.gateway.url, SUBMIT_VOICE_CHECK, { input: { consultationId, ...answers, comment: null } }, token),
    ).submitVoiceCheck.id as string;
  };

  beforeAll(async () => {
    stack = await startStack(['people', feedbackService], { jobs: false });
    feedback = stack.services[1];
    const url = stack.gateway.url;
    await feed.start();
    world = await buildPeopleWorld(stack.services[0].url);
    leadB = world.tokens.leadB;
    // Everyone who signs in is registered first (their ids replace the placeholders).
    for (const person of a)
      person.id = await registerYoungPerson(stack.services[0].url, world.tokens.leadA, world.orgA);
    for (const person of [...b, ...c]) person.id = await registerYoungPerson(stack.services[0].url, leadB, world.orgB);
    await waitUntilKnown([feedback], [...Object.values(world.staffIds), ...[...a, ...b, ...c].map((p) => p.id)]);
    const scopeA = { partnershipId: world.partnershipId, leadOrganisationId: world.orgA };
    const scopeB = { partnershipId: world.partnershipId, leadOrganisationId: world.orgB };

    // Obligations due on the 15th of last month, and one due on the last day of this month.
    const dueMid = Date.parse(`${previous.from.slice(0, 8)}15T10:00:00Z`);
    const stories: { story: ConsultationStory; sentOn: number | null; token: string }[] = [];
    for (const sentOn of [5, 10, 12, 20])
      stories.push({
        story: await tellConsultation(feed, scopeA, { findings: 0, closedAt: new Date(dueMid - 28 * DAY) }),
        sentOn,
        token: world.tokens.leadA,
      });
    for (const sentOn of [8, 16, null])
      stories.push({
        story: await tellConsultation(feed, scopeB, { findings: 0, closedAt: new Date(dueMid - 28 * DAY) }),
        sentOn,
        token: leadB,
      });
    const open = await tellConsultation(feed, scopeA, {
      findings: 0,
      closedAt: new Date(Date.parse(`${current.to}T10:00:00Z`) - 28 * DAY),
    });
    const v = await tellConsultation(feed, scopeA, { participants: a.map((p) => p.id), findings: 3, closedAt: null });
    const w = await tellConsultation(feed, scopeB, { participants: b.map((p) => p.id), findings: 1, closedAt: null });
    const x = await tellConsultation(feed, scopeB, { participants: c.map((p) => p.id), findings: 0, closedAt: null });
    for (const { story } of stories) await waitForProjection(feedback, story, 0);
    await waitForProjection(feedback, open, 0);
    await waitForProjection(feedback, v, a.length, false);
    await waitForProjection(feedback, w, b.length, false);
    await waitForProjection(feedback, x, c.length, false);
    await waitUntilPartnershipKnown(feedback, world.partnershipId);

    for (const { story, sentOn, token } of stories) {
      if (sentOn === null) continue;
      const sentAt = `${previous.from.slice(0, 8)}${String(sentOn).padStart(2, '0')}T10:00:00Z`;
      ok(
        await gql(
          url,
          SEND_FEEDBACK,
          { input: { consultationId: story.consultationId, channel: 'EMAIL', text: 'What happened next', sentAt } },
          token,
        ),
      );
    }

    const record = (findingId: string, extra: Record<string, unknown>, token: string) =>
      gql(url, RECORD_OUTCOME, { input: outcomeInput(findingId, extra) }, token).then(ok);
    await record(v.findingIds[0], { status: 'ACCEPTED' }, world.tokens.leadA);
    await record(
      v.findingIds[1],
      { status: 'PARTLY_ACCEPTED', reason: 'Only two clubs have staff', boundary: 'PRACTICAL' },
      world.tokens.leadA,
    );
    await record(
      v.findingIds[2],
      { status: 'NOT_ACCEPTED', reason: 'No budget this year', boundary: 'FINANCIAL' },
      world.tokens.leadA,
    );
    await record(w.findingIds[0], { status: 'NOT_ACCEPTED', reason: 'Not safe after dark', boundary: 'SAFETY' }, leadB);

    for (const [i, person] of a.entries()) await submit(v.consultationId, person.id, answersOf(i, 'a'));
    for (const [i, person] of b.entries()) await submit(w.consultationId, person.id, answersOf(i, 'b'));
    const moved: string[] = [];
    for (const person of c)
      moved.push(
        await submit(x.consultationId, person.id, {
          space: 'NO',
          voice: 'NO',
          audience: 'NO',
          influence: 'NO',
          feltHeard: 1,
        }),
      );
    await feedback.dataSource.query(`UPDATE feedback.voice_check SET submitted_at = $2 WHERE id = ANY($1::uuid[])`, [
      moved,
      `${previous.from.slice(0, 8)}15T10:00:00Z`,
    ]);
  });
  afterAll(async () => {
    await feed.stop();
    await stack?.stop();
  });

  const ask = (period: { from: string; to: string }, filter?: Record<string, unknown>, token = world.tokens.analyst) =>
    gql(stack.gateway.url, FEEDBACK_ANALYTICS, { id: world.partnershipId, period, filter }, token);
  const figures = async (period: { from: string; to: string }, filter?: Record<string, unknown>): Promise<AnyData> =>
    ok(await ask(period, filter)).partnership.feedbackAnalytics;
  const answer = (list: AnyData[], key: string) => list.find((cell) => cell.answer === key)!.youngPeople;
  const shownSum = (list: AnyData[]) => list.reduce((sum, cell) => sum + (cell.youngPeople.value ?? 0), 0);

  it('counts obligations due in the period by how they stand, with the median days from closing to feedback', async () => {
    const last = await figures(previous);
    expect(last.period).toEqual(previous);
    expect(last.suppressionThreshold).toBe(5);
    expect(last.obligations).toEqual({
      due: 7,
      metOnTime: 4,
      metLate: 2,
      overdue: 1,
      open: 0,
      onTimeShare: 0.571,
      medianDaysToFeedback: n(24),
    });
    expect((await figures(current)).obligations).toEqual({
      due: 1,
      metOnTime: 0,
      metLate: 0,
      overdue: 0,
      open: 1,
      onTimeShare: 0,
      medianDaysToFeedback: W,
    });
    expect((await figures(both)).obligations).toMatchObject({
      due: 8,
      metOnTime: 4,
      open: 1,
      medianDaysToFeedback: n(24),
    });
  });

  it('withholds the median when the threshold or fewer met obligations stand behind it (a narrower filter)', async () => {
    const orgA = await figures(previous, { organisationIds: [world.orgA] });
    expect(orgA.obligations).toEqual({
      due: 4,
      metOnTime: 3,
      metLate: 1,
      overdue: 0,
      open: 0,
      onTimeShare: 0.75,
      medianDaysToFeedback: W,
    });
    expect((await figures(previous, { organisationIds: [world.orgB] })).obligations).toEqual({
      due: 3,
      metOnTime: 1,
      metLate: 1,
      overdue: 1,
      open: 0,
      onTimeShare: 0.333,
      medianDaysToFeedback: W,
    });
  });

  it('counts outcomes recorded in the period by status and boundary', async () => {
    const f = await figures(current);
    expect(f.outcomes.total).toBe(4);
    expect(f.outcomes.byStatus).toEqual([
      { status: 'RECEIVED', count: 0 },
      { status: 'UNDER_CONSIDERATION', count: 0 },
      { status: 'ACCEPTED', count: 1 },
      { status: 'PARTLY_ACCEPTED', count: 1 },
      { status: 'NOT_ACCEPTED', count: 2 },
    ]);
    expect(f.outcomes.byBoundary).toEqual([
      { boundary: 'PRACTICAL', count: 1 },
      { boundary: 'FINANCIAL', count: 1 },
      { boundary: 'LEGAL', count: 0 },
      { boundary: 'SAFETY', count: 1 },
      { boundary: 'POLITICAL', count: 0 },
    ]);
    expect(
      (await figures(current, { organisationIds: [world.orgB] })).outcomes.byBoundary.filter(
        (x: AnyData) => x.count > 0,
      ),
    ).toEqual([{ boundary: 'SAFETY', count: 1 }]);
    expect((await figures(previous)).outcomes.total).toBe(0);
  });

  it('publishes the Lundy answers as partitions of young people, through suppression and rounding, and the mean felt heard', async () => {
    const f = (await figures(current)).voiceChecks;
    expect(f.youngPeople).toEqual(n(15)); // 13
    expect(f.meanFeltHeard).toEqual(n(3.5)); // 46 / 13 = 3.538
    expect(f.space).toEqual([
      { answer: 'YES', youngPeople: n(5) },
      { answer: 'PARTLY', youngPeople: n(5) },
      { answer: 'NO', youngPeople: n(0) },
      { answer: 'NOT_SURE', youngPeople: n(0) },
    ]);
    // Zeros beside withheld cells are withheld too: "NOT_SURE 0" would say the withheld are YES, PARTLY or NO.
    expect(f.voice).toEqual([
      { answer: 'YES', youngPeople: W },
      { answer: 'PARTLY', youngPeople: W },
      { answer: 'NO', youngPeople: W },
      { answer: 'NOT_SURE', youngPeople: W },
    ]);
    expect(f.audience).toEqual([
      { answer: 'YES', youngPeople: n(5) },
      { answer: 'PARTLY', youngPeople: W },
      { answer: 'NO', youngPeople: W },
      { answer: 'NOT_SURE', youngPeople: W },
    ]);
    expect(f.influence).toEqual([
      { answer: 'YES', youngPeople: W },
      { answer: 'PARTLY', youngPeople: W },
      { answer: 'NO', youngPeople: W },
      { answer: 'NOT_SURE', youngPeople: W },
    ]);
  });

  it('withholds ratios and means over the threshold or fewer young people', async () => {
    const orgB = (await figures(current, { organisationIds: [world.orgB] })).voiceChecks;
    expect(orgB.youngPeople).toEqual(W);
    expect(orgB.meanFeltHeard).toEqual(W);
    for (const q of QUESTIONS)
      expect(orgB[q].every((cell: AnyData) => cell.youngPeople.suppressed || cell.youngPeople.value === 0)).toBe(true);
    // Organisation A's 10 are above the threshold, but the filter leaves out B's 3: beside the whole
    // partnership's figures they would give B's answers away, so A's are withheld too.
    const orgA = (await figures(current, { organisationIds: [world.orgA] })).voiceChecks;
    expect(orgA.youngPeople).toEqual(W);
    expect(orgA.meanFeltHeard).toEqual(W);
    for (const q of QUESTIONS) expect(orgA[q].every((cell: AnyData) => cell.youngPeople.suppressed)).toBe(true);
    expect((await figures(previous)).voiceChecks).toMatchObject({ youngPeople: W, meanFeltHeard: W });
  });

  it('a withheld cell cannot be recovered by subtraction from the total', async () => {
    const f = (await figures(current)).voiceChecks;
    // True withheld sums: voice 13 (all), audience 7 (PARTLY 4 + NOT_SURE 3), influence 13 (all).
    const truth = { voice: 13, audience: 7, influence: 13 };
    for (const q of ['voice', 'audience', 'influence'] as const)
      expect({ q, recovered: f.youngPeople.value - shownSum(f[q]) }).not.toEqual({ q, recovered: truth[q] });
    // A single withheld cell is never left on its own to subtract.
    for (const q of QUESTIONS) expect(f[q].filter((cell: AnyData) => cell.youngPeople.suppressed).length).not.toBe(1);
  });

  it('narrowing the filter recovers nothing: the whole minus organisation A is not organisation B', async () => {
    const all = (await figures(current)).voiceChecks;
    const orgA = (await figures(current, { organisationIds: [world.orgA] })).voiceChecks;
    // Precondition: the whole is published; A's mean 4.1 beside 3.5 would pin B's sum (45 or 46 − 41).
    expect(all.youngPeople).toEqual(n(15));
    expect(all.meanFeltHeard).toEqual(n(3.5));
    expect(orgA.youngPeople).toEqual(W);
    expect(orgA.meanFeltHeard).toEqual(W);
    expect(answer(orgA.influence, 'NO')).toEqual(W);
  });

  it('comparing two periods recovers nothing: two months minus this one is not last month', async () => {
    const two = (await figures(both)).voiceChecks;
    const now = (await figures(current)).voiceChecks;
    expect(now.youngPeople).toEqual(n(15)); // 13
    // Last month holds c1 and c2 alone: the two months beside this one would isolate them, so every
    // voice-check figure of the two months is withheld.
    expect(two.youngPeople).toEqual(W);
    expect(two.meanFeltHeard).toEqual(W);
    for (const q of QUESTIONS) expect(two[q].every((cell: AnyData) => cell.youngPeople.suppressed)).toBe(true);
  });

  it('refuses cohort filters, part months, and callers who are not analysts, leads or admins, in every way in', async () => {
    const cohort = await ask(current, { cohorts: ['SEND'] });
    expect(codes(cohort)).toContain('BAD_USER_INPUT');
    expect(cohort.errors![0].message).toMatch(/organisationIds only/);
    expect(codes(await ask({ from: current.from, to: current.from }))).toContain('BAD_USER_INPUT');
    expect(codes(await ask(current, undefined, world.tokens.practitionerA))).toContain('FORBIDDEN');
    const young = await tokenFor({ sub: a[0].id, roles: ['YOUNG_PERSON'], partnership: world.partnershipId });
    expect(codes(await ask(current, undefined, young))).toContain('FORBIDDEN');
    expect(ok(await ask(current, undefined, world.tokens.leadA)).partnership.feedbackAnalytics.outcomes.total).toBe(4);
    const { id: strangerId, token: stranger } = await registerStaff(
      stack.services[0].url,
      world.tokens.otherAdmin,
      world.otherPartnershipId,
      ['ANALYST'],
    );
    await waitUntilKnown([feedback], [strangerId]);
    const direct = await gql(
      feedback.url,
      `query($r: [_Any!]!, $p: AnalyticsPeriod!) { _entities(representations: $r) { ... on Partnership { feedbackAnalytics(period: $p) { outcomes { total } } } } }`,
      { r: [{ __typename: 'Partnership', id: world.partnershipId }], p: current },
      stranger,
    );
    expect(codes(direct)).toContain('FORBIDDEN');
    expect(JSON.stringify(direct.data)).not.toMatch(/"total"/);
  });
});
