import { RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  CONSULTATION,
  createForumOnceKnown,
  gql,
  joinYoungPerson,
  ok,
  PeopleWorld,
  startStack,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

const TRAIL = `query($id: ID!) { decision(id: $id) {
  title
  influencedByYoungPeople
  citedFindings { title consultation { title leadOrganisation { name } } }
} }`;

/** The real consultations subgraph: a finding recorded there reaches governance by its own event. */
describe('through the gateway: a decision, the findings it cites, their consultation and its lead organisation', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let governance: RunningService;
  let gateway: string;
  let world: PeopleWorld;
  let decisionId: string;
  let findingId: string;
  let consultationId: string;

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance']);
    governance = stack.services[2];
    gateway = stack.gateway.url;
    world = await buildPeopleWorld(gateway);
    const { id: adeId, token: ade } = await joinYoungPerson(
      gateway,
      { token: world.tokens.leadA, partnershipId: world.partnershipId, orgId: world.orgA },
      { displayName: 'Ade', dateOfBirth: '2009-03-03' },
    );
    await waitUntilKnown(stack.services, [...Object.values(world.staffIds), adeId]);

    const input = {
      title: 'Moving on from care',
      kind: 'FOCUS_GROUP',
      ladderLevel: 'CONSULTING',
      context: 'FORMAL_GROUP',
      mode: 'IN_PERSON',
      leadOrganisationId: world.orgA,
    };
    // Consultations learns of organisations by people's events too; retry until it has.
    consultationId = await waitFor(
      'consultations to know organisation A',
      async () =>
        (await gql(gateway, CONSULTATION.CREATE, { input }, world.tokens.leadA)).data?.createConsultation?.id as
          string | undefined,
    );
    ok(await gql(gateway, CONSULTATION.OPEN, { id: consultationId }, world.tokens.leadA));
    // Consultations learns of Ade's consent by people's events; retry until it has.
    const contributionId = await waitFor(
      'Ade to be able to contribute',
      async () =>
        (
          await gql(
            gateway,
            'mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { id } }',
            { input: { consultationId, text: 'Let us choose where we live first' } },
            ade,
          )
        ).data?.submitContribution?.id as string | undefined,
    );
    findingId = ok(
      await gql(
        gateway,
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: 'Care leavers want a choice of first home', contributionIds: [contributionId] } },
        world.tokens.leadA,
      ),
    ).recordFinding.id;
    await waitFor(
      'governance to learn the finding',
      async () =>
        (await governance.dataSource.query('SELECT 1 FROM governance.known_finding WHERE finding_id = $1', [findingId]))
          .length > 0,
    );

    const board = { name: 'Corporate Parenting Board', kind: 'CORPORATE_PARENTING_BOARD', organisationId: world.orgA };
    const forumId = await createForumOnceKnown(gateway, world.tokens.leadA, board);
    decisionId = ok(
      await gql(
        gateway,
        'mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }',
        {
          i: {
            forumId,
            title: 'Care leavers are offered a shortlist of homes',
            citedFindingIds: [findingId],
            youngPeopleInvolved: true,
          },
        },
        world.tokens.leadA,
      ),
    ).recordDecision.id;
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('answers the whole voice-to-decision trail in one request', async () => {
    const decision = ok(await gql(gateway, TRAIL, { id: decisionId }, world.tokens.leadA)).decision;
    expect(decision).toEqual({
      title: 'Care leavers are offered a shortlist of homes',
      influencedByYoungPeople: true,
      citedFindings: [
        {
          title: 'Care leavers want a choice of first home',
          consultation: { title: 'Moving on from care', leadOrganisation: { name: 'City Council Children in Care' } },
        },
      ],
    });
  });

  it('and back: a consultation and its findings list the decisions they influenced', async () => {
    const query = 'query($id: ID!) { consultation(id: $id) { decisions { id } findings { id decisions { title } } } }';
    const consultation = ok(await gql(gateway, query, { id: consultationId }, world.tokens.leadA)).consultation;
    expect(consultation.decisions).toEqual([{ id: decisionId }]);
    expect(consultation.findings).toEqual([
      { id: findingId, decisions: [{ title: 'Care leavers are offered a shortlist of homes' }] },
    ]);
  });
});
