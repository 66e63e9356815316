import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  gql,
  ok,
  PeopleWorld,
  REGISTER_PERSON,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { inBatches, RECORD_CONSENT } from '../world';
import { flatten, Answered, Flat } from './adversary';
import { Ask, Filter, Period, QUERIES, RECORDS } from './figures';
import { Org, WorldPlan } from './world-plan';

/**
 * Builds a WorldPlan in a fresh partnership on the running stack (people, consultations,
 * governance, feedback behind the gateway), through the graph as staff would; then asks, as an
 * analyst through the gateway, every query for every filter and period.
 */
export interface Services {
  gateway: string;
  people: RunningService;
  consultations: RunningService;
  governance: RunningService;
  feedback: RunningService;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const firstOf = (monthsAgo: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
};
/** The AnalyticsPeriod input of a run of whole months. */
export const periodInput = (p: Period) => ({
  from: iso(firstOf(p.fromAgo)),
  to: iso(new Date(firstOf(p.toAgo - 1).getTime() - 86_400_000)),
});
/**
 * The 15th of an earlier month; in this month, the start of today at the latest (00:30 was in the
 * future between midnight and half past, and the service refuses a future attendedAt).
 */
const midMonth = (monthsAgo: number) => {
  const day = firstOf(monthsAgo);
  day.setUTCDate(monthsAgo === 0 ? Math.min(new Date().getUTCDate(), 15) : 15);
  return `${iso(day)}T${monthsAgo === 0 ? '00:00' : '10:00'}:00Z`;
};
const bornYearsAgo = (age: number) => `${new Date().getUTCFullYear() - age}-01-01`;

const CREATE = 'mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }';
const OPEN = 'mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id } }';
const PARTICIPATE = 'mutation($i: RecordParticipationInput!) { recordParticipation(input: $i) { id } }';
const CREATE_FORUM = 'mutation($i: CreateForumInput!) { createForum(input: $i) { id } }';
const APPOINT = 'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id } }';
const VOICE_CHECK = 'mutation($input: SubmitVoiceCheckInput!) { submitVoiceCheck(input: $input) { id } }';
const CONTRIBUTE = 'mutation($i: SubmitContributionInput!) { submitContribution(input: $i) { id } }';
const FINDING = 'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }';
const CLOSE = 'mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { id } }';
const SEND_FEEDBACK = 'mutation($i: SendFeedbackInput!) { sendFeedback(input: $i) { id } }';

export interface BuiltWorld extends PeopleWorld {
  orgName: (id: string) => string;
  orgId: (org: Org) => string;
}

async function count(service: RunningService, sql: string, params: unknown[]): Promise<number> {
  const [row] = await service.dataSource.query(sql, params);
  return row.n as number;
}

export async function buildWorld(s: Services, plan: WorldPlan): Promise<BuiltWorld> {
  const world = await buildPeopleWorld(s.people.url);
  const orgId = (org: Org) => (org === 'A' ? world.orgA : world.orgB);
  const leadB = world.tokens.leadB;
  const lead = (org: Org) => (org === 'A' ? world.tokens.leadA : leadB);
  const ids: Record<string, string> = {};
  await inBatches(plan.young, 4, async (y) => {
    const input = {
      kind: 'YOUNG_PERSON',
      organisationIds: [orgId(y.org)],
      displayName: y.name,
      dateOfBirth: bornYearsAgo(y.age),
      cohorts: y.cohorts,
    };
    ids[y.name] = ok(await gql(s.people.url, REGISTER_PERSON, { input }, lead(y.org))).registerPerson.id;
    const consent = { personId: ids[y.name], kind: 'PARTICIPATION', givenBy: 'PARENT_OR_CARER' };
    ok(await gql(s.people.url, RECORD_CONSENT, { i: consent }, lead(y.org)));
  });
  const staffInput = { kind: 'STAFF', organisationIds: [world.orgB], displayName: 'Board member' };
  ids.staff = ok(await gql(s.people.url, REGISTER_PERSON, { input: staffInput }, leadB)).registerPerson.id;
  const young = plan.young.map((y) => ids[y.name]);
  const orgs = [world.orgA, world.orgB];
  await waitFor(
    'consultations and governance to learn the people and organisations',
    async () =>
      (await count(
        s.consultations,
        `SELECT count(DISTINCT person_id)::int AS n FROM consultations.participation_consent WHERE person_id = ANY($1::uuid[])`,
        [young],
      )) === young.length &&
      (await count(
        s.consultations,
        `SELECT count(*)::int AS n FROM consultations.organisation_projection WHERE organisation_id = ANY($1::uuid[])`,
        [orgs],
      )) === 2 &&
      (await count(
        s.governance,
        `SELECT count(*)::int AS n FROM governance.known_person WHERE person_id = ANY($1::uuid[])`,
        [[...young, ids.staff]],
      )) ===
        young.length + 1 &&
      (await count(
        s.governance,
        `SELECT count(*)::int AS n FROM governance.known_organisation WHERE organisation_id = ANY($1::uuid[])`,
        [orgs],
      )) === 2,
    90_000,
    50,
  );
  // Staff sign in to every service (the analyst above all): each must know them first.
  await waitUntilKnown([s.consultations, s.governance, s.feedback], Object.values(world.staffIds));

  const consultationIds: Record<string, string> = {};
  for (const c of plan.consultations) {
    const window = periodInput({ fromAgo: c.month, toAgo: c.month });
    const input = {
      title: `Analytics ${c.key}`,
      kind: 'WORKSHOP',
      ladderLevel: 'CONSULTING',
      context: c.context,
      mode: 'IN_PERSON',
      leadOrganisationId: orgId(c.lead),
      partnerOrganisationIds: c.partners.map(orgId),
      opensAt: `${window.from}T00:00:00Z`,
      closesAt: `${window.to}T23:00:00Z`,
    };
    const id = ok(await gql(s.gateway, CREATE, { i: input }, lead(c.lead))).createConsultation.id as string;
    ok(await gql(s.gateway, OPEN, { id }, lead(c.lead)));
    consultationIds[c.key] = id;
  }
  await inBatches(plan.participations, 4, async (p) => {
    const c = plan.consultations.find((k) => k.key === p.consultation)!;
    const person = plan.young.find((y) => y.name === p.person)!;
    const input = {
      consultationId: consultationIds[c.key],
      personId: ids[p.person],
      role: 'PARTICIPANT',
      attendedAt: midMonth(c.month),
    };
    ok(await gql(s.gateway, PARTICIPATE, { i: input }, lead(person.org)));
  });

  // Contributions, as each young person submits them; those of an earlier month are dated back in
  // consultations' own table (the graph cannot backdate), and reach is rebuilt from the sources.
  const youngToken = (person: string) =>
    tokenFor({
      sub: ids[person],
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [orgId(plan.young.find((y) => y.name === person)!.org)],
    });
  const contributionIds: Record<string, string> = {};
  await inBatches(plan.contributions, 4, async (k) => {
    const input = { consultationId: consultationIds[k.consultation], text: `Contribution ${k.key}` };
    contributionIds[k.key] = ok(
      await gql(s.gateway, CONTRIBUTE, { i: input }, await youngToken(k.person)),
    ).submitContribution.id;
    const month = plan.consultations.find((c) => c.key === k.consultation)!.month;
    if (month > 0)
      await s.consultations.dataSource.query(`UPDATE consultations.contribution SET created_at = $2 WHERE id = $1`, [
        contributionIds[k.key],
        midMonth(month),
      ]);
  });
  await s.consultations.dataSource.query(`SELECT consultations.rebuild_reach_month()`);
  for (const f of plan.findings) {
    const c = plan.consultations.find((k) => k.key === f.consultation)!;
    const input = {
      consultationId: consultationIds[c.key],
      title: f.key,
      contributionIds: f.contributions.map((key) => contributionIds[key]),
    };
    ok(await gql(s.gateway, FINDING, { i: input }, lead(c.lead)));
  }

  const forumIds: Record<string, string> = {};
  for (const f of plan.forums) {
    const input = {
      name: `${f.key} ${randomUUID().slice(0, 6)}`,
      kind: f.kind,
      organisationId: f.org && orgId(f.org),
    };
    forumIds[f.key] = ok(await gql(s.gateway, CREATE_FORUM, { i: input }, world.tokens.admin)).createForum.id;
  }
  await inBatches(plan.seats, 4, async (seat) => {
    const input = {
      forumId: forumIds[seat.forum],
      personId: ids[seat.person],
      role: seat.young ? 'YOUTH_REPRESENTATIVE' : 'MEMBER',
      startsOn: iso(firstOf(seat.fromMonth)),
    };
    ok(await gql(s.gateway, APPOINT, { i: input }, world.tokens.admin));
  });

  await waitFor(
    'feedback to learn every participant',
    async () =>
      (await count(
        s.feedback,
        `SELECT count(*)::int AS n FROM feedback.participant WHERE consultation_id = ANY($1::uuid[])`,
        [Object.values(consultationIds)],
      )) === plan.participations.length,
    90_000,
    50,
  );
  await inBatches(plan.voiceChecks, 4, async (v) => {
    const token = await youngToken(v.person);
    const input = {
      consultationId: consultationIds[v.consultation],
      ...v.answers,
      feltHeard: v.feltHeard,
      comment: null,
    };
    const id = ok(await gql(s.gateway, VOICE_CHECK, { input }, token)).submitVoiceCheck.id as string;
    // The graph cannot backdate a voice check: earlier months are set in feedback's own table.
    if (v.month > 0)
      await s.feedback.dataSource.query(`UPDATE feedback.voice_check SET submitted_at = $2 WHERE id = $1`, [
        id,
        midMonth(v.month),
      ]);
  });
  // Closed, every consultation owes feedback; once feedback has opened the obligations, it is sent.
  for (const c of plan.consultations) ok(await gql(s.gateway, CLOSE, { id: consultationIds[c.key] }, lead(c.lead)));
  await waitFor(
    'feedback to open every obligation',
    async () =>
      (await count(
        s.feedback,
        `SELECT count(*)::int AS n FROM feedback.feedback_obligation WHERE consultation_id = ANY($1::uuid[])`,
        [Object.values(consultationIds)],
      )) === plan.consultations.length,
    90_000,
    50,
  );
  for (const m of plan.feedback) {
    const c = plan.consultations.find((k) => k.key === m.consultation)!;
    const input = { consultationId: consultationIds[c.key], channel: 'IN_PERSON', text: m.key };
    ok(await gql(s.gateway, SEND_FEEDBACK, { i: input }, lead(c.lead)));
  }
  const names = new Map<string, string>([
    [world.orgA, 'A'],
    [world.orgB, 'B'],
  ]);
  return { ...world, orgId, orgName: (id) => names.get(id) ?? `unknown ${id}` };
}

/** Every filter of a query's dimensions: none; each value alone; each value's complement (the others); organisations together. */
export function filtersFor(dimensions: string[], values: Record<string, string[]>): Filter[] {
  const filters: Filter[] = [{}];
  for (const d of dimensions) {
    const all = values[d];
    for (const v of all) filters.push({ [d]: d === 'context' ? v : [v] });
    if (d === 'context') continue;
    if (all.length > 2) for (const v of all) filters.push({ [d]: all.filter((o) => o !== v) });
    else filters.push({ [d]: all });
  }
  return filters;
}

/** The run of as many whole months just before `p` (what a dashboard compares a period with). */
export const before = (p: Period): Period => {
  const months = p.fromAgo - p.toAgo + 1;
  return { fromAgo: p.fromAgo + months, toAgo: p.toAgo + months };
};

/**
 * Asks every query for every filter and period, as the analyst, through the gateway: one request
 * per query and filter, with every period as an alias (what an analyst's dashboard would send);
 * a query taking `comparedWith` compares each period with the run of months just before it.
 */
export async function askAll(
  s: Services,
  world: BuiltWorld,
  filters: Record<string, Filter[]>,
  periods: Period[],
): Promise<Answered[]> {
  const requests = QUERIES.flatMap((query) => filters[query.name].map((filter) => ({ query, filter })));
  const answered = await inBatches(requests, 3, async ({ query, filter }) => {
    const compares = query.document.includes('$comparedWith');
    const aliases = periods
      .map((_, i) => `p${i}: ${query.document.trim().replace('$period', `$p${i}`).replace('$comparedWith', `$c${i}`)}`)
      .join('\n');
    const variables = periods
      .map((_, i) => `$p${i}: AnalyticsPeriod!${compares ? `, $c${i}: AnalyticsPeriod!` : ''}`)
      .join(', ');
    const graphFilter = filter.organisationIds
      ? { ...filter, organisationIds: filter.organisationIds.map(world.orgId) }
      : filter;
    const response = ok(
      await gql(
        s.gateway,
        `query($id: ID!, $filter: AnalyticsFilter, ${variables}) { partnership(id: $id) { ${aliases} } }`,
        {
          id: world.partnershipId,
          filter: graphFilter,
          ...Object.fromEntries(periods.map((period, i) => [`p${i}`, periodInput(period)])),
          ...(compares ? Object.fromEntries(periods.map((period, i) => [`c${i}`, periodInput(before(period))])) : {}),
        },
        world.tokens.analyst,
      ),
    ).partnership;
    return periods.map((period, i) => ({
      query,
      ask: { filter, period } as Ask,
      label: `${query.name} ${JSON.stringify(filter)} ${period.fromAgo}..${period.toAgo} months ago`,
      shown: flatten(response[`p${i}`], world.orgName),
    }));
  });
  return answered.flat();
}

/**
 * Asks, as the analyst through the gateway, every consultation of the partnership with each of its
 * findings' `contributionCount` and each feedback message's `recipientCount` (docs/privacy.md rule
 * 6): one answer, figures named by the finding's title and the message's text (the plan's keys).
 */
export async function askRecords(s: Services, world: BuiltWorld): Promise<Answered> {
  const response = ok(await gql(s.gateway, `query { ${RECORDS.document} }`, {}, world.tokens.analyst)).consultations;
  if (response.pageInfo.hasNextPage) throw new Error('more consultations than one page: ask for more');
  const shown: Flat = new Map();
  for (const { node } of response.edges as { node: RecordsNode }[]) {
    for (const f of node.findings) shown.set(`findings[${f.title}].contributionCount`, f.contributionCount);
    for (const m of node.feedbackObligation?.messages ?? [])
      shown.set(`feedback[${m.text}].recipientCount`, m.recipientCount);
  }
  return { query: RECORDS, ask: { filter: {}, period: { fromAgo: 0, toAgo: 0 } }, label: 'records', shown };
}
interface RecordsNode {
  findings: { title: string; contributionCount: number | null }[];
  feedbackObligation: { messages: { text: string; recipientCount: number | null }[] } | null;
}
