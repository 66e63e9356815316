import { randomUUID } from 'node:crypto';
import { RunningService } from '@voicegraph/platform';
import {
  buildPeopleWorld,
  CONSULTATION,
  createForumOnceKnown,
  gql,
  joinYoungPerson,
  leftoversOf,
  ok,
  PeopleWorld,
  requestErasure,
  startStack,
  submitVoiceCheck,
  waitFor,
  waitUntilKnown,
} from '@voicegraph/testkit';

const LEAD_VIEW = `query($id: ID!) { consultation(id: $id) {
  title
  contributions { edges { node { text author { id displayName } } } }
  findings { title decisions { title forum { name } } outcome { status youSaid weDid decision { title } } }
  feedbackObligation { status onTime dueOn messages { text channel recipientCount } }
  voiceChecks { feltHeard influence comment }
} }`;
const YOUNG_PERSON_VIEW = `{ me {
  displayName
  contributions { edges { node { text } } }
  feedbackReceived { text onTime outcomes { youSaid weDid status decision { title } } }
  feedbackOwed { id }
} }`;
const BOARD = `query($p: ID!) { youSaidWeDid(partnershipId: $p) { totalCount edges { node { findingTitle youSaid weDid status } } } }`;

/**
 * The whole voice-to-impact trail, through the gateway only, on the real Postgres and Kafka:
 * contribution → finding → decision → outcome → feedback on time → voice check, seen by the
 * participation lead, the young person and the public; then erasure reaches every schema.
 */
describe('the whole trail, end to end, across all four subgraphs', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let gateway: string;
  let world: PeopleWorld;
  let services: Record<string, RunningService>;
  const suffix = randomUUID().slice(0, 8);
  const zuri = { displayName: `Zuri ${suffix}`, givenName: `Zuriel${suffix}`, familyName: `Okonkwo${suffix}` };
  let zuriId: string;
  let zuriToken: string;
  let consultationId: string;
  let findingId: string;

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], { jobs: false });
    services = Object.fromEntries(stack.services.map((s) => [s.name, s]));
    gateway = stack.gateway.url;
    world = await buildPeopleWorld(gateway);
    const lead = world.tokens.leadA;

    // Young people with consent.
    const join = { token: lead, partnershipId: world.partnershipId, orgId: world.orgA };
    const zuriJoined = await joinYoungPerson(gateway, join, { ...zuri, dateOfBirth: '2009-06-01' });
    const bex = await joinYoungPerson(gateway, join, { displayName: 'Bex', dateOfBirth: '2010-02-02' });
    zuriId = zuriJoined.id;
    zuriToken = zuriJoined.token;
    await waitUntilKnown(stack.services, [...Object.values(world.staffIds), zuriId, bex.id]);

    // A co-design consultation, led by organisation A with organisation B: opened, taken part in, contributed to, closed.
    const input = {
      title: `Youth club hours ${suffix}`,
      kind: 'CO_DESIGN_SESSION',
      ladderLevel: 'CO_DESIGNING',
      context: 'SOCIAL',
      mode: 'IN_PERSON',
      leadOrganisationId: world.orgA,
      partnerOrganisationIds: [world.orgB],
    };
    consultationId = await waitFor(
      'consultations to know both organisations',
      async () =>
        (await gql(gateway, CONSULTATION.CREATE, { input }, lead)).data?.createConsultation?.id as string | undefined,
      60_000,
    );
    ok(await gql(gateway, CONSULTATION.OPEN, { id: consultationId }, lead));
    const contributionIds: string[] = [];
    for (const [personId, token, text] of [
      [zuriId, zuriToken, 'Keep the club open until 9 on Fridays'],
      [bex.id, bex.token, 'Fridays are when we have nowhere to go'],
    ]) {
      await waitFor(
        'consultations to know the consent',
        async () =>
          (
            await gql(
              gateway,
              CONSULTATION.PARTICIPATE,
              { input: { consultationId, personId, role: 'CO_DESIGNER' } },
              lead,
            )
          ).data?.recordParticipation?.id as string | undefined,
        60_000,
      );
      contributionIds.push(
        ok(await gql(gateway, CONSULTATION.SUBMIT, { input: { consultationId, text } }, token)).submitContribution.id,
      );
    }
    ok(await gql(gateway, CONSULTATION.CLOSE, { id: consultationId }, lead));

    // A finding, and a corporate parenting board decision citing it.
    findingId = ok(
      await gql(
        gateway,
        'mutation($i: RecordFindingInput!) { recordFinding(input: $i) { id } }',
        { i: { consultationId, title: 'Open later on Fridays', contributionIds } },
        lead,
      ),
    ).recordFinding.id;
    const board = {
      name: `Corporate Parenting Board ${suffix}`,
      kind: 'CORPORATE_PARENTING_BOARD',
      organisationId: world.orgA,
    };
    const forum = await createForumOnceKnown(gateway, lead, board, 60_000);
    const decide = 'mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }';
    await waitFor(
      'governance to know the finding',
      async () =>
        (
          await gql(
            gateway,
            decide,
            {
              i: {
                forumId: forum,
                title: 'Fund Friday late opening',
                citedFindingIds: [findingId],
                youngPeopleInvolved: true,
              },
            },
            lead,
          )
        ).data?.recordDecision?.id as string | undefined,
      60_000,
    );

    // The outcome, once feedback knows the finding; linked to the decision by its event.
    const record = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }';
    const outcome = {
      findingId,
      status: 'ACCEPTED',
      youSaid: 'Open the club later on Fridays',
      weDid: 'From March the club stays open until 9pm on Fridays',
      published: true,
    };
    await waitFor(
      'feedback to know the finding',
      async () => (await gql(gateway, record, { i: outcome }, lead)).data?.recordOutcome?.id as string | undefined,
      60_000,
    );
    await waitFor(
      'the outcome to be linked to the decision',
      async () =>
        (
          await services.feedback.dataSource.query(
            'SELECT 1 FROM feedback.outcome WHERE finding_id = $1 AND decision_id IS NOT NULL',
            [findingId],
          )
        ).length > 0,
      60_000,
    );

    // Feedback within the deadline, once feedback knows both participants and the obligation.
    await waitFor(
      'feedback to know who took part and what is owed',
      async () => {
        const [row] = await services.feedback.dataSource.query(
          `SELECT (SELECT count(*)::int FROM feedback.participant WHERE consultation_id = $1) AS participants, (SELECT count(*)::int FROM feedback.feedback_obligation WHERE consultation_id = $1) AS obligations`,
          [consultationId],
        );
        return row.participants === 2 && row.obligations === 1;
      },
      60_000,
    );
    const outcomeId = (
      await services.feedback.dataSource.query('SELECT id FROM feedback.outcome WHERE finding_id = $1', [findingId])
    )[0].id;
    ok(
      await gql(
        gateway,
        'mutation($i: SendFeedbackInput!) { sendFeedback(input: $i) { id } }',
        {
          i: {
            consultationId,
            channel: 'IN_PERSON',
            text: 'You said open later on Fridays; the board agreed.',
            outcomeIds: [outcomeId],
          },
        },
        lead,
      ),
    );

    // Zuri's voice check.
    await submitVoiceCheck(gateway, zuriToken, consultationId);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('the participation lead sees the trail from contribution to voice check in one query', async () => {
    const consultation = ok(await gql(gateway, LEAD_VIEW, { id: consultationId }, world.tokens.leadA)).consultation;
    expect(consultation.title).toBe(`Youth club hours ${suffix}`);
    expect(consultation.contributions.edges.map((e: { node: { text: string } }) => e.node.text).sort()).toEqual([
      'Fridays are when we have nowhere to go',
      'Keep the club open until 9 on Fridays',
    ]);
    expect(consultation.findings).toEqual([
      {
        title: 'Open later on Fridays',
        decisions: [{ title: 'Fund Friday late opening', forum: { name: `Corporate Parenting Board ${suffix}` } }],
        outcome: {
          status: 'ACCEPTED',
          youSaid: 'Open the club later on Fridays',
          weDid: 'From March the club stays open until 9pm on Fridays',
          decision: { title: 'Fund Friday late opening' },
        },
      },
    ]);
    expect(consultation.feedbackObligation).toMatchObject({
      status: 'MET',
      onTime: true,
      messages: [
        { text: 'You said open later on Fridays; the board agreed.', channel: 'IN_PERSON', recipientCount: 2 },
      ],
    });
    expect(consultation.voiceChecks).toEqual([{ feltHeard: 5, influence: 'YES', comment: 'They actually did it' }]);
  });

  it('the young person sees what happened to their own views', async () => {
    const me = ok(await gql(gateway, YOUNG_PERSON_VIEW, {}, zuriToken)).me;
    expect(me.displayName).toBe(zuri.displayName);
    expect(me.contributions.edges).toEqual([{ node: { text: 'Keep the club open until 9 on Fridays' } }]);
    expect(me.feedbackReceived).toEqual([
      {
        text: 'You said open later on Fridays; the board agreed.',
        onTime: true,
        outcomes: [
          {
            youSaid: 'Open the club later on Fridays',
            weDid: 'From March the club stays open until 9pm on Fridays',
            status: 'ACCEPTED',
            decision: { title: 'Fund Friday late opening' },
          },
        ],
      },
    ]);
    expect(me.feedbackOwed).toEqual([]);
  });

  it('the public board shows the outcome without names, to anyone', async () => {
    const board = ok(await gql(gateway, BOARD, { p: world.partnershipId })).youSaidWeDid;
    expect(board.edges).toEqual([
      {
        node: {
          findingTitle: 'Open later on Fridays',
          youSaid: 'Open the club later on Fridays',
          weDid: 'From March the club stays open until 9pm on Fridays',
          status: 'ACCEPTED',
        },
      },
    ]);
    expect(JSON.stringify(board)).not.toMatch(
      new RegExp(`${zuriId}|${zuri.givenName}|${zuri.familyName}|Bex|nowhere to go`),
    );
  });

  it("after erasure, no table in any of the four schemas holds the young person's id or name", async () => {
    const needles = [zuriId, zuri.displayName, zuri.givenName, zuri.familyName];
    const everywhere = async () =>
      (await Promise.all(stack.services.map((s) => leftoversOf(s.dataSource, s.name, needles)))).flat();
    expect(await everywhere()).not.toEqual([]);
    await requestErasure(gateway, world.tokens.leadA, zuriId);
    let left: string[] = [];
    await waitFor(
      'every service to forget the erased young person',
      async () => (left = await everywhere()).length === 0,
      60_000,
      500,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${left.join('\n')}`);
    });
    // The voice check survives as anonymous answers; the trail still stands for everyone else.
    const consultation = ok(await gql(gateway, LEAD_VIEW, { id: consultationId }, world.tokens.leadA)).consultation;
    expect(consultation.voiceChecks).toEqual([{ feltHeard: 5, influence: 'YES', comment: null }]);
    expect(consultation.findings[0].outcome.status).toBe('ACCEPTED');
  });
});
