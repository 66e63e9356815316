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
import { flatten, Answered } from './adversary';
import { Ask, Filter, Period, QUERIES } from './figures';
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
const midMonth = (monthsAgo: number) => {
  const day = firstOf(monthsAgo);
  day.setUTCDate(monthsAgo === 0 ? Math.min(new Date().getUTCDate(), 15) : 15);
  return `${iso(day)}T${monthsAgo === 0 ? '00:30' : '10:00'}:00Z`;
};
const bornYearsAgo = (age: number) => `${new Date().getUTCFullYear() - age}-01-01`;

const CREATE = 'mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }';
const OPEN = 'mutation($id: ID!) { openConsultation(input: { consultationId: $id }) { id } }';
const PARTICIPATE = 'mutation($i: RecordParticipationInput!) { recordParticipation(input: $i) { id } }';
const CREATE_FORUM = 'mutation($i: CreateForumInput!) { createForum(input: $i) { id } }';
const APPOINT = 'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id } }';
const VOICE_CHECK = 'mutation($input: SubmitVoiceCheckInput!) { submitVoiceCheck(input: $input) { id } }';

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
    const token = await tokenFor({
      sub: ids[v.person],
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [orgId(plan.young.find((y) => y.name === v.person)!.org)],
    });
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

/**
 * Asks every query for every filter and period, as the analyst, through the gateway: one request
 * per query and filter, with every period as an alias (what an analyst's dashboard would send).
 */
export async function askAll(
  s: Services,
  world: BuiltWorld,
  filters: Record<string, Filter[]>,
  periods: Period[],
): Promise<Answered[]> {
  const requests = QUERIES.flatMap((query) => filters[query.name].map((filter) => ({ query, filter })));
  const answered = await inBatches(requests, 3, async ({ query, filter }) => {
    const [field, ...rest] = query.document.trim().split('(');
    const body = rest.join('(').replace(/^period: \$period, filter: \$filter\)/, '');
    const aliases = periods.map((_, i) => `p${i}: ${field}(period: $p${i}, filter: $filter)${body}`).join('\n');
    const variables = periods.map((_, i) => `$p${i}: AnalyticsPeriod!`).join(', ');
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
