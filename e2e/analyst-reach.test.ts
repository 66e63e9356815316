import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import {
  AnyData,
  buildPeopleWorld,
  CONSULTATION,
  createForumOnceKnown,
  gql,
  GraphQLResponse,
  ok,
  PeopleWorld,
  RECORD_CONSENT,
  registerStaff,
  registerYoungPerson,
  startStack,
  tokenFor,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

/**
 * Walks the composed supergraph: every root query field of people, consultations, governance and feedback
 * that can lead to a person-level object (Person, or any type with a field returning Person) is
 * asked through the gateway with an ANALYST token, selecting every such path; no person-level
 * object may come back. The same probes with a staff token do return people, so they reach them.
 */
const GRAPHS = ['PEOPLE', 'CONSULTATIONS', 'GOVERNANCE', 'FEEDBACK'];
const MAX_DEPTH = 5;

const supergraph: GraphQLSchema = buildASTSchema(
  parse(readFileSync(resolve(__dirname, '../schema/supergraph.graphql'), 'utf8')),
  { assumeValidSDL: true },
);

/** The subgraphs that resolve a field: its @join__field graphs, else its type's @join__type graphs. */
function graphsOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const graphArg = (
    directive: string,
    node:
      | {
          directives?: readonly {
            name: { value: string };
            arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[];
          }[];
        }
      | null
      | undefined,
  ) =>
    (node?.directives ?? [])
      .filter((d) => d.name.value === directive)
      .map((d) => String(d.arguments?.find((a) => a.name.value === 'graph')?.value.value));
  const own = graphArg('join__field', field.astNode);
  return own.length > 0 ? own : graphArg('join__type', type.astNode);
}

const ours = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  graphsOf(type, field).some((g) => GRAPHS.includes(g));
const objectTypes = () =>
  Object.values(supergraph.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'),
  );

/** Person, and every type that has a field returning a Person. */
const PERSON_LEVEL = new Set([
  'Person',
  ...objectTypes()
    .filter((t) => Object.values(t.getFields()).some((f) => getNamedType(f.type).name === 'Person'))
    .map((t) => t.name),
]);

export interface Ids {
  [typeName: string]: string;
}

function argumentsFor(field: GraphQLField<unknown, unknown>, ids: Ids, returnType: string): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const named = getNamedType(arg.type).name;
    if (named === 'ID' && ids[returnType]) parts.push(`${arg.name}: "${ids[returnType]}"`);
    else if (named === 'DateTime')
      parts.push(
        `${arg.name}: "${new Date(Date.now() + (arg.name === 'from' ? -1 : 1) * 180 * 86_400_000).toISOString()}"`,
      );
    else return null;
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** A selection of every path from `type` to person-level objects, or null when there is none. */
function selectPeople(type: GraphQLNamedType, ids: Ids, depth: number): string | null {
  if (PERSON_LEVEL.has(type.name))
    return isObjectType(type) && type.getFields().id ? '{ __typename id }' : '{ __typename }';
  if (!isObjectType(type) || depth >= MAX_DEPTH) return null;
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!ours(type, field)) continue;
    const target = getNamedType(field.type);
    const args = argumentsFor(field, ids, target.name);
    const inner = args === null ? null : selectPeople(target, ids, depth + 1);
    if (inner) parts.push(`${field.name}${args} ${inner}`);
  }
  return parts.length ? `{ __typename ${parts.join(' ')} }` : null;
}

/** Every person-level object in a response. */
function peopleIn(value: unknown): AnyData[] {
  if (Array.isArray(value)) return value.flatMap(peopleIn);
  if (!value || typeof value !== 'object') return [];
  const object = value as AnyData;
  const own = PERSON_LEVEL.has(object.__typename) ? [object] : [];
  return [...own, ...Object.values(object).flatMap(peopleIn)];
}

describe('an analyst cannot reach any person-level field anywhere in the graph', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let world: PeopleWorld;
  const ids: Ids = {};
  const entityIds: Ids = {};

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback']);
    const [people, consultations, governance] = stack.services;
    world = await buildPeopleWorld(people.url);
    await waitUntilKnown(stack.services, Object.values(world.staffIds));
    const lead = world.tokens.leadA;
    const personId = await registerYoungPerson(people.url, lead, world.orgA, {
      displayName: 'Kai',
      cohorts: ['CHILD_IN_CARE'],
    });
    ok(
      await gql(
        people.url,
        RECORD_CONSENT,
        { i: { personId, kind: 'PARTICIPATION', givenBy: 'PARENT_OR_CARER' } },
        lead,
      ),
    );
    await waitFor(
      'consultations to know Kai',
      async () =>
        (
          await consultations.dataSource.query(
            `SELECT 1 FROM consultations.participation_consent WHERE person_id = $1`,
            [personId],
          )
        ).length > 0,
    );
    await waitFor(
      'governance to know Kai',
      async () =>
        (await governance.dataSource.query(`SELECT 1 FROM governance.known_person WHERE person_id = $1`, [personId]))
          .length > 0,
    );
    const consultationId = ok(
      await gql(
        consultations.url,
        CONSULTATION.CREATE,
        {
          input: {
            title: 'Youth club',
            kind: 'SURVEY',
            ladderLevel: 'CONSULTING',
            context: 'SOCIAL',
            mode: 'DIGITAL',
            leadOrganisationId: world.orgA,
          },
        },
        lead,
      ),
    ).createConsultation.id;
    ok(await gql(consultations.url, CONSULTATION.OPEN, { id: consultationId }, lead));
    const participationId = ok(
      await gql(
        consultations.url,
        CONSULTATION.PARTICIPATE,
        { input: { consultationId, personId, role: 'PARTICIPANT' } },
        lead,
      ),
    ).recordParticipation.id;
    const kai = await tokenFor({
      sub: personId,
      roles: ['YOUNG_PERSON'],
      partnership: world.partnershipId,
      orgs: [world.orgA],
    });
    const contributionId = ok(
      await gql(
        consultations.url,
        CONSULTATION.SUBMIT,
        { input: { consultationId, text: 'Open later on Fridays' } },
        kai,
      ),
    ).submitContribution.id;
    const forum = { name: 'Children in Care Council', kind: 'STANDING_GROUP', organisationId: world.orgA };
    const forumId = await createForumOnceKnown(governance.url, world.tokens.admin, forum);
    const seatId = ok(
      await gql(
        governance.url,
        'mutation($i: AppointToSeatInput!) { appointToSeat(input: $i) { id } }',
        { i: { forumId, personId, role: 'YOUTH_REPRESENTATIVE', startsOn: '2026-01-01' } },
        world.tokens.admin,
      ),
    ).appointToSeat.id;
    const decisionId = ok(
      await gql(
        governance.url,
        'mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }',
        { i: { forumId, title: 'Later opening', citedFindingIds: [], youngPeopleInvolved: true } },
        world.tokens.admin,
      ),
    ).recordDecision.id;
    const planId = ok(
      await gql(
        governance.url,
        'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
        {
          i: {
            title: 'Participation plan',
            kind: 'ACTION_PLAN',
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            reviewOn: '2026-06-30',
          },
        },
        world.tokens.admin,
      ),
    ).createPlan.id;
    Object.assign(ids, {
      Person: personId,
      Consultation: consultationId,
      Forum: forumId,
      Decision: decisionId,
      Plan: planId,
      Partnership: world.partnershipId,
      Organisation: world.orgA,
    });
    Object.assign(entityIds, { Participation: participationId, Contribution: contributionId, Seat: seatId });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const query = supergraph.getQueryType()!;
  const rootFields = Object.values(query.getFields()).filter((field) => ours(query, field));

  it('knows which types are person-level', () => {
    expect([...PERSON_LEVEL]).toEqual(
      expect.arrayContaining(['Person', 'Participation', 'Contribution', 'Seat', 'Attendance']),
    );
    expect(rootFields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'me',
        'person',
        'people',
        'partnership',
        'consultation',
        'consultations',
        'forum',
        'meetings',
        'decision',
        'plans',
        'overdueFeedback',
        'youSaidWeDid',
      ]),
    );
  });

  it('every root query field of people, consultations, governance and feedback returns no person to an analyst', async () => {
    const analyst = world.tokens.analyst;
    const { token: staff } = await registerStaff(
      stack.gateway.url,
      world.tokens.admin,
      world.partnershipId,
      ['PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'],
      [world.orgA, world.orgB],
    ).then(async (signedIn) => {
      await waitUntilKnown(stack.services, [signedIn.id]);
      return signedIn;
    });
    let probed = 0;
    let staffSawPeople = 0;
    for (const field of rootFields) {
      const target = getNamedType(field.type);
      const args = argumentsFor(field, ids, target.name);
      const selection = args === null ? null : selectPeople(target, ids, 1);
      if (!selection) {
        // A root field with no path to a person needs no probe, but one we cannot call would hide one.
        expect({ field: field.name, callable: args !== null || !selectPeople(target, ids, 1) }).toEqual({
          field: field.name,
          callable: true,
        });
        continue;
      }
      const document = `{ ${field.name}${args} ${selection} }`;
      const asAnalyst: GraphQLResponse = await gql(stack.gateway.url, document, {}, analyst);
      expect({ field: field.name, people: peopleIn(asAnalyst.data) }).toEqual({ field: field.name, people: [] });
      expect({
        field: field.name,
        errors: (asAnalyst.errors ?? []).filter(
          (e) => e.extensions?.code !== 'FORBIDDEN' && e.extensions?.code !== 'NOT_FOUND',
        ),
      }).toEqual({ field: field.name, errors: [] });
      probed += 1;
      if (peopleIn((await gql(stack.gateway.url, document, {}, staff)).data).length > 0) staffSawPeople += 1;
    }
    expect(probed).toBeGreaterThanOrEqual(8);
    // The probes do reach people for staff (person, people, consultation(s), forum(s), meetings, partnership …).
    expect(staffSawPeople).toBeGreaterThanOrEqual(5);
  });

  it("one partnership query through the gateway returns all three services' analytics, with Kai's counts withheld", async () => {
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
    const period = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
    const response = await gql(
      stack.gateway.url,
      `query($id: ID!, $p: AnalyticsPeriod!) { partnership(id: $id) { name
      participationAnalytics(period: $p) { consultations { total } youngPeople { value suppressed } contributions { value suppressed } }
      governanceAnalytics(period: $p) { decisions { made } seats { seats { value suppressed } heldByYoungPeople { value suppressed } } }
      feedbackAnalytics(period: $p) { obligations { due } outcomes { total } voiceChecks { youngPeople { value suppressed } meanFeltHeard { value suppressed } } } } }`,
      { id: world.partnershipId, p: period },
      world.tokens.analyst,
    );
    expect(ok(response).partnership).toEqual({
      name: expect.any(String),
      participationAnalytics: {
        consultations: { total: 1 },
        youngPeople: { value: null, suppressed: true },
        contributions: { value: null, suppressed: true },
      },
      governanceAnalytics: {
        decisions: { made: 1 },
        // Kai's one seat: all seats are withheld with the young people's, or "1 seat" would say it is Kai's.
        seats: { seats: { value: null, suppressed: true }, heldByYoungPeople: { value: null, suppressed: true } },
      },
      feedbackAnalytics: {
        obligations: { due: 0 },
        outcomes: { total: 0 },
        voiceChecks: { youngPeople: { value: 0, suppressed: false }, meanFeltHeard: { value: null, suppressed: true } },
      },
    });
  });

  it('entity references (_entities) of person-level types give an analyst nothing, in every subgraph', async () => {
    const analyst = world.tokens.analyst;
    const [people, consultations, governance, feedback] = stack.services;
    const probe = async (url: string, typename: string, selection: string, id = ids.Person) => {
      const response = await gql(
        url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} ${selection} } }`,
        { r: [{ __typename: typename, id }] },
        analyst,
      );
      return { data: JSON.stringify(response.data), codes: (response.errors ?? []).map((e) => e.extensions?.code) };
    };
    const person = await probe(people.url, 'Person', '{ displayName cohorts dateOfBirth }');
    expect(person.data).toBe('{"_entities":[null]}');
    const participations = await probe(
      consultations.url,
      'Person',
      '{ participations { edges { node { id } } } contributions { edges { node { id text } } } }',
    );
    expect(participations.codes).toContain('FORBIDDEN');
    expect(participations.data).not.toMatch(/edges/);
    const seats = await probe(governance.url, 'Person', '{ seats { id } }');
    expect(seats.data).not.toMatch(/"seats":\[\{/);
    expect(
      (await probe(consultations.url, 'Participation', '{ id person { id } }', entityIds.Participation)).data,
    ).toBe('{"_entities":[null]}');
    expect(
      (await probe(consultations.url, 'Contribution', '{ id text author { id } }', entityIds.Contribution)).data,
    ).toBe('{"_entities":[null]}');
    expect((await probe(governance.url, 'Seat', '{ id person { id } }', entityIds.Seat)).data).toBe(
      '{"_entities":[null]}',
    );
    const feedbackOfKai = await probe(feedback.url, 'Person', '{ feedbackReceived { id } feedbackOwed { id } }');
    expect(feedbackOfKai.codes).toContain('FORBIDDEN');
    expect(feedbackOfKai.data).not.toMatch(/"id"/);
    const voiceChecks = await probe(
      feedback.url,
      'Consultation',
      '{ voiceChecks { id feltHeard comment } }',
      ids.Consultation,
    );
    expect(voiceChecks.codes).toContain('FORBIDDEN');
    expect(voiceChecks.data).not.toMatch(/feltHeard":/);
  });
});
