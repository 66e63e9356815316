import { RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  gql,
  months,
  ok,
  PeopleWorld,
  registerStaff,
  registerYoungPerson,
  startStack,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { consultationsService } from '../../src/service';
import { CREATE, OPEN, PARTICIPATE, RECORD_CONSENT, Stack, SUBMIT } from './fixture';

const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

/**
 * The hand-computed data set (threshold 5), built through the real people and consultations services:
 *  a1..a8  org A, age 11–15; a1..a3 CHILD_IN_CARE, a4..a8 SEND
 *  c1, c2  org A, age 8–10
 *  b1..b4  org B, age 16–18; b1, b2 SEND, b3 YOUTH_JUSTICE
 *  d1..d4  org B, age 16–18, CHILD_IN_CARE
 * This month:  C1 (org A, CONSULTING, SOCIAL, DIGITAL): a1..a8, b1..b4, c1, c2 take part; a1 contributes twice, a2 and b1 once.
 *              C4 (org B, CO_DESIGNING, SOCIAL, VIRTUAL): b1, b2, d1 take part.
 *              C5 (org A, DRAFT) and C6 (org A, CANCELLED): not counted.
 * Last month:  C2 (org B, CO_PRODUCING, FORMAL_GROUP, IN_PERSON): b1..b4, d1..d4 take part.
 */
export interface AnalyticsWorld extends PeopleWorld {
  stack: Stack;
  people: RunningService;
  consultations: RunningService;
  gateway: string;
  leadB: string;
  ids: Record<string, string>;
  consultationIds: Record<'c1' | 'c2' | 'c4', string>;
}

export async function buildAnalyticsWorld(): Promise<AnalyticsWorld> {
  const stack = await startStack(['people', consultationsService]);
  const [people, consultations] = stack.services;
  const world = await buildPeopleWorld(people.url);
  const leadB = world.tokens.leadB;
  // Org B's young people take part in org A's C1: recorded by a lead of both, since staff record
  // only people they may see (people's rule: one of the person's organisations).
  const leadAB = await registerStaff(
    people.url,
    world.tokens.admin,
    world.partnershipId,
    ['PARTICIPATION_LEAD'],
    [world.orgA, world.orgB],
  );
  const ids: Record<string, string> = {};
  const young = async (name: string, org: string, token: string, age: number, cohorts: string[]) => {
    const id = await registerYoungPerson(people.url, token, org, {
      displayName: name,
      dateOfBirth: yearsAgo(age),
      cohorts,
    });
    ok(
      await gql(
        people.url,
        RECORD_CONSENT,
        { i: { personId: id, kind: 'PARTICIPATION', givenBy: 'PARENT_OR_CARER' } },
        token,
      ),
    );
    ids[name] = id;
  };
  for (let i = 1; i <= 8; i += 1)
    await young(`a${i}`, world.orgA, world.tokens.leadA, 14, i <= 3 ? ['CHILD_IN_CARE'] : ['SEND']);
  for (const name of ['c1', 'c2']) await young(name, world.orgA, world.tokens.leadA, 9, []);
  const bCohorts: Record<string, string[]> = { b1: ['SEND'], b2: ['SEND'], b3: ['YOUTH_JUSTICE'], b4: [] };
  for (const name of ['b1', 'b2', 'b3', 'b4']) await young(name, world.orgB, leadB, 17, bCohorts[name]);
  for (const name of ['d1', 'd2', 'd3', 'd4']) await young(name, world.orgB, leadB, 17, ['CHILD_IN_CARE']);
  await waitFor(
    'the consultations projection to know every young person, organisation and the partnership',
    async () => {
      const [row] = await consultations.dataSource.query(
        `SELECT (SELECT count(DISTINCT person_id) FROM consultations.participation_consent WHERE person_id = ANY($1::uuid[]))::int AS consents,
              (SELECT count(*) FROM consultations.organisation_projection WHERE organisation_id = ANY($2::uuid[]))::int AS organisations,
              (SELECT count(*) FROM consultations.partnership_projection WHERE partnership_id = $3)::int AS partnerships`,
        [Object.values(ids), [world.orgA, world.orgB], world.partnershipId],
      );
      return row.consents === 18 && row.organisations === 2 && row.partnerships === 1;
    },
    60_000,
  );
  await waitUntilKnown([consultations], [...Object.values(world.staffIds), leadAB.id]);

  const { current, previous, midPrevious } = months();
  const window = (p: { from: string; to: string }) => ({
    opensAt: `${p.from}T00:00:00Z`,
    closesAt: `${p.to}T23:00:00Z`,
  });
  const create = async (token: string, input: Record<string, unknown>, open = true) => {
    const id = ok(
      await gql(consultations.url, CREATE, { input: { title: 'Analytics', kind: 'WORKSHOP', ...input } }, token),
    ).createConsultation.id as string;
    if (open) ok(await gql(consultations.url, OPEN, { id }, token));
    return id;
  };
  const c1 = await create(world.tokens.leadA, {
    ladderLevel: 'CONSULTING',
    context: 'SOCIAL',
    mode: 'DIGITAL',
    leadOrganisationId: world.orgA,
    ...window(current),
  });
  const c4 = await create(leadB, {
    ladderLevel: 'CO_DESIGNING',
    context: 'SOCIAL',
    mode: 'VIRTUAL',
    leadOrganisationId: world.orgB,
    ...window(current),
  });
  const c2 = await create(leadB, {
    ladderLevel: 'CO_PRODUCING',
    context: 'FORMAL_GROUP',
    mode: 'IN_PERSON',
    leadOrganisationId: world.orgB,
    ...window(previous),
  });
  await create(
    world.tokens.leadA,
    {
      ladderLevel: 'CO_PRODUCING',
      context: 'SOCIAL',
      mode: 'DIGITAL',
      leadOrganisationId: world.orgA,
      ...window(current),
    },
    false,
  );
  const c6 = await create(world.tokens.leadA, {
    ladderLevel: 'CO_PRODUCING',
    context: 'SOCIAL',
    mode: 'DIGITAL',
    leadOrganisationId: world.orgA,
    ...window(current),
  });
  ok(
    await gql(
      consultations.url,
      'mutation($id: ID!) { cancelConsultation(input: { consultationId: $id }) { id } }',
      { id: c6 },
      world.tokens.leadA,
    ),
  );

  const participate = async (token: string, consultationId: string, names: string[], attendedAt?: string) => {
    for (const name of names)
      ok(
        await gql(
          consultations.url,
          PARTICIPATE,
          { input: { consultationId, personId: ids[name], role: 'PARTICIPANT', attendedAt } },
          token,
        ),
      );
  };
  const a = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
  await participate(world.tokens.leadA, c1, [...a, 'c1', 'c2']);
  await participate(leadAB.token, c1, ['b1', 'b2', 'b3', 'b4']);
  await participate(leadB, c4, ['b1', 'b2', 'd1']);
  await participate(leadB, c2, ['b1', 'b2', 'b3', 'b4', 'd1', 'd2', 'd3', 'd4'], midPrevious);
  const say = async (name: string, org: string) => {
    const token = await tokenFor({
      sub: ids[name],
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [org],
    });
    ok(await gql(consultations.url, SUBMIT, { input: { consultationId: c1, text: `What ${name} thinks` } }, token));
  };
  await say('a1', world.orgA);
  await say('a1', world.orgA);
  await say('a2', world.orgA);
  await say('b1', world.orgB);
  return {
    ...world,
    stack,
    people,
    consultations,
    gateway: stack.gateway.url,
    leadB,
    ids,
    consultationIds: { c1, c2, c4 },
  };
}

export const PARTICIPATION_ANALYTICS = `query($id: ID!, $period: AnalyticsPeriod!, $filter: AnalyticsFilter, $comparedWith: AnalyticsPeriod) {
  partnership(id: $id) {
    participationAnalytics(period: $period, filter: $filter, comparedWith: $comparedWith) {
      period { from to }
      suppressionThreshold
      consultations {
        total
        byLadderLevel { ladderLevel count share }
        byApproach { approach count share }
        byContext { context count share }
        byMode { mode count share }
        byOrganisation { organisation { id } count share }
      }
      ladderShift { ladderLevel count comparedCount change share comparedShare }
      youngPeople { value suppressed }
      contributions { value suppressed }
      registeredYoungPeople { value suppressed }
      byAgeBand { ageBand youngPeople { value suppressed } contributions { value suppressed } }
      byOrganisation { organisation { id } youngPeople { value suppressed } contributions { value suppressed } }
      byCohort { cohort youngPeople { value suppressed } contributions { value suppressed } registered { value suppressed } reach { value suppressed } }
    }
  }
}`;
