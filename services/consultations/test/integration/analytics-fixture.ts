import { RunningService } from '@voicegraph/platform';
import {
  gql,
  months,
  ok,
  PeopleWorld,
  RECORD_CONSENT,
  registerStaff,
  registerYoungPerson,
  tokenFor,
  waitUntilKnown,
} from '@voicegraph/testkit';
import { CREATE, OPEN, PARTICIPATE, Stack, startConsultationsWorld, SUBMIT, waitForProjection } from './fixture';

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
  /** Each young person's organisation, by name. */
  orgOf: Record<string, string>;
  consultationIds: Record<'c1' | 'c2' | 'c4', string>;
}

/** A token of one of the world's young people, by name (a1, b2, ...). */
export const youngPersonToken = (world: AnalyticsWorld, name: string): Promise<string> =>
  tokenFor({
    sub: world.ids[name],
    roles: ['YOUNG_PERSON'],
    partnership: world.partnershipId,
    orgs: [world.orgOf[name]],
  });

/** One of the world's young people says something in a consultation (C1 unless another is named). */
export async function contribute(
  world: AnalyticsWorld,
  name: string,
  text: string,
  consultationId = world.consultationIds.c1,
): Promise<void> {
  const input = { consultationId, text };
  ok(await gql(world.consultations.url, SUBMIT, { input }, await youngPersonToken(world, name)));
}

export async function buildAnalyticsWorld(): Promise<AnalyticsWorld> {
  const { stack, people, consultations, leadB, ...world } = await startConsultationsWorld();
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
  const orgOf: Record<string, string> = {};
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
    orgOf[name] = org;
  };
  for (let i = 1; i <= 8; i += 1)
    await young(`a${i}`, world.orgA, world.tokens.leadA, 14, i <= 3 ? ['CHILD_IN_CARE'] : ['SEND']);
  for (const name of ['c1', 'c2']) await young(name, world.orgA, world.tokens.leadA, 9, []);
  const bCohorts: Record<string, string[]> = { b1: ['SEND'], b2: ['SEND'], b3: ['YOUTH_JUSTICE'], b4: [] };
  for (const name of ['b1', 'b2', 'b3', 'b4']) await young(name, world.orgB, leadB, 17, bCohorts[name]);
  for (const name of ['d1', 'd2', 'd3', 'd4']) await young(name, world.orgB, leadB, 17, ['CHILD_IN_CARE']);
  await waitForProjection(consultations, Object.values(ids), [world.orgA, world.orgB], [world.partnershipId]);
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
  const A = { token: world.tokens.leadA, leadOrganisationId: world.orgA };
  const B = { token: leadB, leadOrganisationId: world.orgB };
  /** A consultation led by an organisation, as in the table above. */
  const consultation = (
    { token, leadOrganisationId }: typeof A,
    [ladderLevel, context, mode]: [string, string, string],
    period: { from: string; to: string },
    open = true,
  ) => create(token, { ladderLevel, context, mode, leadOrganisationId, ...window(period) }, open);
  const c1 = await consultation(A, ['CONSULTING', 'SOCIAL', 'DIGITAL'], current);
  const c4 = await consultation(B, ['CO_DESIGNING', 'SOCIAL', 'VIRTUAL'], current);
  const c2 = await consultation(B, ['CO_PRODUCING', 'FORMAL_GROUP', 'IN_PERSON'], previous);
  await consultation(A, ['CO_PRODUCING', 'SOCIAL', 'DIGITAL'], current, false);
  const c6 = await consultation(A, ['CO_PRODUCING', 'SOCIAL', 'DIGITAL'], current);
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
  const built: AnalyticsWorld = {
    ...world,
    stack,
    people,
    consultations,
    gateway: stack.gateway.url,
    leadB,
    ids,
    orgOf,
    consultationIds: { c1, c2, c4 },
  };
  for (const name of ['a1', 'a1', 'a2', 'b1']) await contribute(built, name, `What ${name} thinks`);
  return built;
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
