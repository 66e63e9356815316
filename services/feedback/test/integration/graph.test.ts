import { randomUUID } from 'node:crypto';
import { buildEnvelope, eventSchemas, GovernanceEvents, RunningService } from '@voicegraph/platform';
import { codes, EventCollector, footprint as rowsWritten, gql, ok, startStack, waitFor } from '@voicegraph/testkit';
import { projectDecision } from '../../src/handlers/governance-projection';
import { ConsultationStory, EventFeed, queriesDuring, tellConsultation, tellDecision, waitForProjection } from './feed';
import {
  BOARD,
  CONSULTATION_FEEDBACK,
  FeedbackWorld,
  outcomeInput,
  RECORD_OUTCOME,
  SEND_FEEDBACK,
  startFeedbackStack,
  SUBMIT_VOICE_CHECK,
  voiceCheckInput,
} from './world';
import { setTimeout as sleep } from 'node:timers/promises';

const DAY = 24 * 60 * 60 * 1000;

/** Every row feedback's commands write, and how many obligations are met (a status, not a row). */
async function footprint(feedback: RunningService): Promise<Record<string, number>> {
  const counts = await rowsWritten(feedback);
  counts.met = (
    await feedback.dataSource.query(`SELECT count(*)::int AS n FROM feedback.feedback_obligation WHERE status = 'MET'`)
  )[0].n;
  return counts;
}

describe('the feedback graph: outcomes, feedback, voice checks', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let feedback: RunningService;
  let url: string;
  let world: FeedbackWorld;
  let story: ConsultationStory;
  let elsewhere: ConsultationStory;
  const feed = new EventFeed();
  const collector = new EventCollector([
    'feedback.outcome.v1',
    'feedback.feedback-message.v1',
    'feedback.voice-check.v1',
  ]);

  beforeAll(async () => {
    ({ stack, feedback, url, world } = await startFeedbackStack(feed, collector));
    story = await tellConsultation(
      feed,
      { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
      { participants: [world.young.sam, world.young.kai], findings: 3 },
    );
    elsewhere = await tellConsultation(
      feed,
      { partnershipId: world.partnershipId, leadOrganisationId: world.orgB },
      { participants: [], findings: 1 },
    );
    await waitForProjection(feedback, story, 2);
    await waitForProjection(feedback, elsewhere, 0);
  });
  afterAll(async () => {
    await collector.stop();
    await feed.stop();
    await stack.stop();
  });

  describe('recordOutcome', () => {
    it('staff of the lead organisation record an outcome, and OutcomeRecorded goes out', async () => {
      const outcome = ok(
        await gql(url, RECORD_OUTCOME, { input: outcomeInput(story.findingIds[0]) }, world.tokens.practitionerA),
      ).recordOutcome;
      expect(outcome).toMatchObject({
        status: 'ACCEPTED',
        published: true,
        decision: null,
        finding: { id: story.findingIds[0] },
        consultation: { id: story.consultationId },
      });
      const [event] = await collector.waitFor((r) => r.event.subject === outcome.id);
      expect(eventSchemas().validate(event.event).errors).toEqual([]);
      expect(event.event.data).toMatchObject({
        outcomeId: outcome.id,
        findingId: story.findingIds[0],
        status: 'ACCEPTED',
        published: true,
        decisionId: null,
      });
    });

    it('recording again updates the one outcome of a finding', async () => {
      const input = outcomeInput(story.findingIds[1], { status: 'UNDER_CONSIDERATION', published: false });
      const first = ok(await gql(url, RECORD_OUTCOME, { input }, world.tokens.leadA)).recordOutcome;
      const second = ok(
        await gql(
          url,
          RECORD_OUTCOME,
          {
            input: {
              ...input,
              status: 'NOT_ACCEPTED',
              reason: 'The clubs cannot be staffed after 9pm',
              boundary: 'PRACTICAL',
              published: true,
            },
          },
          world.tokens.leadA,
        ),
      ).recordOutcome;
      expect(second.id).toBe(first.id);
      expect(second).toMatchObject({
        status: 'NOT_ACCEPTED',
        boundary: 'PRACTICAL',
        reason: 'The clubs cannot be staffed after 9pm',
      });
      expect(
        (
          await feedback.dataSource.query('SELECT count(*)::int AS n FROM feedback.outcome WHERE finding_id = $1', [
            story.findingIds[1],
          ])
        )[0].n,
      ).toBe(1);
    });

    const refusals: [string, () => [Record<string, unknown>, string], string, RegExp][] = [
      [
        'NOT_ACCEPTED without a reason',
        () => [
          outcomeInput(story.findingIds[2], { status: 'NOT_ACCEPTED', boundary: 'FINANCIAL' }),
          world.tokens.leadA,
        ],
        'BAD_USER_INPUT',
        /needs a reason/,
      ],
      [
        'NOT_ACCEPTED without a boundary',
        () => [outcomeInput(story.findingIds[2], { status: 'NOT_ACCEPTED', reason: 'No budget' }), world.tokens.leadA],
        'BAD_USER_INPUT',
        /needs its boundary/,
      ],
      [
        'an empty "we did"',
        () => [outcomeInput(story.findingIds[2], { weDid: ' ' }), world.tokens.leadA],
        'BAD_USER_INPUT',
        /weDid must not be empty/,
      ],
      [
        'a finding id that is not a UUID',
        () => [outcomeInput('finding-1'), world.tokens.leadA],
        'BAD_USER_INPUT',
        /findingId must be a UUID/,
      ],
      ['an unknown finding', () => [outcomeInput(randomUUID()), world.tokens.leadA], 'NOT_FOUND', /No finding with id/],
      [
        'staff of an organisation that does not run the consultation',
        () => [outcomeInput(story.findingIds[2]), world.tokens.practitionerB],
        'FORBIDDEN',
        /lead or partner organisations/,
      ],
      [
        'a young person',
        () => [outcomeInput(story.findingIds[2]), world.youngTokens.sam],
        'FORBIDDEN',
        /PRACTITIONER, PARTICIPATION_LEAD, PARTNERSHIP_ADMIN/,
      ],
      ['an analyst', () => [outcomeInput(story.findingIds[2]), world.tokens.analyst], 'FORBIDDEN', /roles/],
      [
        'an admin of another partnership',
        () => [outcomeInput(story.findingIds[2]), world.otherAdmin],
        'NOT_FOUND',
        /No finding with id/,
      ],
    ];
    it.each(refusals)('refuses %s and writes nothing', async (_name, make, code, message) => {
      const [input, token] = make();
      const before = await footprint(feedback);
      const response = await gql(url, RECORD_OUTCOME, { input }, token);
      expect(codes(response)).toEqual([code]);
      expect(response.errors![0].message).toMatch(message);
      expect(await footprint(feedback)).toEqual(before);
    });

    it('needs a token', async () => {
      expect(codes(await gql(url, RECORD_OUTCOME, { input: outcomeInput(story.findingIds[2]) }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });

  describe('linking outcomes to decisions', () => {
    it('links an outcome to a decision recorded before it, and one recorded after it', async () => {
      const [before, after] = [story.findingIds[2], elsewhere.findingIds[0]];
      const earlyDecision = await tellDecision(feed, world.partnershipId, [before], new Date(Date.now() - DAY));
      await waitFor(
        'the decision projection',
        async () =>
          (
            await feedback.dataSource.query('SELECT 1 FROM feedback.decision_finding WHERE decision_id = $1', [
              earlyDecision,
            ])
          ).length,
      );
      const linked = ok(
        await gql(url, RECORD_OUTCOME, { input: outcomeInput(before) }, world.tokens.leadA),
      ).recordOutcome;
      expect(linked.decision).toEqual({ id: earlyDecision });

      const outcome = ok(
        await gql(url, RECORD_OUTCOME, { input: outcomeInput(after) }, world.tokens.practitionerB),
      ).recordOutcome;
      expect(outcome.decision).toBeNull();
      const lateDecision = await tellDecision(feed, world.partnershipId, [after, before]);
      await waitFor(
        'the outcome to be linked',
        async () =>
          (
            await feedback.dataSource.query('SELECT 1 FROM feedback.outcome WHERE id = $1 AND decision_id = $2', [
              outcome.id,
              lateDecision,
            ])
          ).length,
      );
      // The earlier decision stays the one the first outcome came from; the late one lists both.
      expect(
        (await feedback.dataSource.query('SELECT decision_id FROM feedback.outcome WHERE id = $1', [linked.id]))[0]
          .decision_id,
      ).toBe(earlyDecision);
      const decision = ok(
        await gql(
          feedback.url,
          `query($id: ID!) { _entities(representations: [{ __typename: "Decision", id: $id }]) { ... on Decision { outcomes { id } } } }`,
          { id: lateDecision },
          world.tokens.leadA,
        ),
      );
      expect(decision._entities[0].outcomes.map((o: { id: string }) => o.id).sort()).toEqual(
        [linked.id, outcome.id].sort(),
      );
    });
  });

  it('links an outcome whose decision is being projected at the very moment it is recorded', async () => {
    const race = await tellConsultation(
      feed,
      { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
      { findings: 1, closedAt: null },
    );
    await waitForProjection(feedback, race, 0, false);
    const decisionId = randomUUID();
    const event = buildEnvelope(GovernanceEvents.DecisionRecorded, decisionId, {
      decisionId,
      forumId: randomUUID(),
      partnershipId: world.partnershipId,
      meetingId: null,
      title: 'Raced',
      citedFindingIds: race.findingIds,
      consultationIds: [],
      youngPeopleInvolved: true,
      decidedAt: new Date().toISOString(),
    });
    // The decision's handler has written its link but not committed when the outcome is recorded.
    const handler = feedback.dataSource.createQueryRunner();
    await handler.connect();
    await handler.startTransaction();
    try {
      await projectDecision(event, handler.manager);
      const recording = gql(
        url,
        RECORD_OUTCOME,
        { input: outcomeInput(race.findingIds[0], { published: false }) },
        world.tokens.leadA,
      );
      await sleep(300);
      await handler.commitTransaction();
      expect(ok(await recording).recordOutcome.decision).toEqual({ id: decisionId });
    } finally {
      await handler.release();
    }
  });

  it('batches: one query per entity type, however many consultations are asked for', async () => {
    const ids = [story.consultationId, elsewhere.consultationId, randomUUID(), randomUUID()];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Consultation { outcomes { id finding { id } } feedbackObligation { id messages { id } } voiceChecks { id } } } }`;
    const sql = await queriesDuring(feedback, async () =>
      ok(
        await gql(
          feedback.url,
          query,
          { r: ids.map((id) => ({ __typename: 'Consultation', id })) },
          world.tokens.leadA,
        ),
      ),
    );
    const from = (table: string) => sql.filter((q) => new RegExp(`FROM "feedback"."${table}"`).test(q)).length;
    expect(from('outcome')).toBe(1);
    expect(from('feedback_obligation')).toBe(1);
    expect(from('feedback_message')).toBe(1);
    expect(from('voice_check')).toBe(1);
    expect(from('consultation')).toBe(1);
  });

  it('reads whether the caller took part only when their role does not already decide', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Consultation { feedbackObligation { id } } } }`;
    const reps = { r: [{ __typename: 'Consultation', id: story.consultationId }] };
    const participantReads = async (token: string) => {
      const sql = await queriesDuring(feedback, async () => ok(await gql(feedback.url, query, reps, token)));
      return sql.filter((q) => /FROM "feedback"."participant"/.test(q)).length;
    };
    expect(await participantReads(world.tokens.leadA)).toBe(0); // staff of its lead organisation
    expect(await participantReads(world.youngTokens.sam)).toBe(1);
  });

  it('references that are not UUIDs are refused as BAD_USER_INPUT before any resolver runs', async () => {
    const query = `{ _entities(representations: [{ __typename: "Consultation", id: "c-1" }, { __typename: "Outcome", id: "o-1" }]) { __typename } }`;
    const response = await gql(feedback.url, query, {}, world.tokens.leadA);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].message).toMatch(/"c-1", which is not a UUID/);
  });

  describe('the public board', () => {
    it('shows published outcomes to anyone, without a token, with no personal data', async () => {
      const board = ok(await gql(url, BOARD, { partnershipId: world.partnershipId }));
      const entries = board.youSaidWeDid.edges.map((e: { node: Record<string, unknown> }) => e.node);
      expect(entries.length).toBe(board.youSaidWeDid.totalCount);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            findingTitle: 'Finding 1: clubs should open later',
            status: 'ACCEPTED',
            weDid: 'Two clubs now open until 9pm on Fridays',
          }),
        ]),
      );
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            status: 'NOT_ACCEPTED',
            boundary: 'PRACTICAL',
            reason: 'The clubs cannot be staffed after 9pm',
          }),
        ]),
      );
      const text = JSON.stringify(board);
      for (const id of [world.young.sam, world.young.kai, ...Object.values(world.staffIds)])
        expect(text).not.toContain(id);
      expect(text).not.toMatch(/Samira|Okafor|Kai Reyes/);
    });

    it('never shows unpublished outcomes, and pages by cursor', async () => {
      const hidden = await tellConsultation(
        feed,
        { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
        { findings: 1, closedAt: null },
      );
      await waitForProjection(feedback, hidden, 0, false);
      const draft = ok(
        await gql(
          url,
          RECORD_OUTCOME,
          { input: outcomeInput(hidden.findingIds[0], { published: false, weDid: 'Still deciding' }) },
          world.tokens.leadA,
        ),
      ).recordOutcome;
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = ok(
          await gql(url, BOARD, { partnershipId: world.partnershipId, first: 1, after }),
        ).youSaidWeDid;
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).not.toContain(draft.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(3);
    });

    it('refuses a partnership id that is not a UUID, and shows nothing of another partnership', async () => {
      expect(codes(await gql(url, BOARD, { partnershipId: 'nottingham' }))).toEqual(['BAD_USER_INPUT']);
      expect(ok(await gql(url, BOARD, { partnershipId: world.otherPartnershipId })).youSaidWeDid.totalCount).toBe(0);
    });
  });

  describe('sendFeedback', () => {
    it('refuses staff of other organisations, foreign outcomes, empty text and future dates, writing nothing', async () => {
      const [foreignOutcome] = await feedback.dataSource.query(
        'SELECT id FROM feedback.outcome WHERE consultation_id = $1',
        [elsewhere.consultationId],
      );
      const input = {
        consultationId: story.consultationId,
        channel: 'IN_PERSON',
        text: 'You said clubs should open later. We did it.',
      };
      const before = await footprint(feedback);
      expect(codes(await gql(url, SEND_FEEDBACK, { input }, world.tokens.practitionerB))).toEqual(['FORBIDDEN']);
      expect(codes(await gql(url, SEND_FEEDBACK, { input }, world.youngTokens.sam))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await gql(url, SEND_FEEDBACK, { input: { ...input, outcomeIds: [foreignOutcome.id] } }, world.tokens.leadA),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(codes(await gql(url, SEND_FEEDBACK, { input: { ...input, text: '' } }, world.tokens.leadA))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(
        codes(
          await gql(
            url,
            SEND_FEEDBACK,
            { input: { ...input, sentAt: new Date(Date.now() + DAY).toISOString() } },
            world.tokens.leadA,
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(await gql(url, SEND_FEEDBACK, { input: { ...input, consultationId: randomUUID() } }, world.tokens.leadA)),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await gql(url, SEND_FEEDBACK, { input }, world.otherAdmin))).toEqual(['NOT_FOUND']);
      expect(await footprint(feedback)).toEqual(before);
    });

    it('meets the obligation on time, reaches every participant, and FeedbackSent goes out', async () => {
      const outcomes: { id: string }[] = await feedback.dataSource.query(
        'SELECT id FROM feedback.outcome WHERE consultation_id = $1 ORDER BY id',
        [story.consultationId],
      );
      const input = {
        consultationId: story.consultationId,
        channel: 'APP',
        text: 'You said clubs should open later. Two now open until 9pm.',
        outcomeIds: outcomes.map((o) => o.id),
      };
      const message = ok(await gql(url, SEND_FEEDBACK, { input }, world.tokens.leadA)).sendFeedback;
      expect(message).toMatchObject({
        channel: 'APP',
        recipientCount: 2,
        onTime: true,
        obligation: { status: 'MET', onTime: true },
      });
      expect(message.outcomes.map((o: { id: string }) => o.id).sort()).toEqual(outcomes.map((o) => o.id).sort());
      const [event] = await collector.waitFor((r) => r.event.subject === message.id);
      expect(eventSchemas().validate(event.event).errors).toEqual([]);
      expect(event.event.data).toMatchObject({
        consultationId: story.consultationId,
        recipientCount: 2,
        onTime: true,
        obligationId: message.obligation.id,
      });
      // Recipients by id only (a notification service tells each of them); never the text or anyone's name.
      expect([...(event.event.data as { recipientIds: string[] }).recipientIds].sort()).toEqual(
        [world.young.sam, world.young.kai].sort(),
      );
      expect(JSON.stringify(event.event)).not.toMatch(/Samira|Okafor|Kai"|Reyes|clubs should open later/);
    });

    it('late feedback meets an overdue obligation, but not on time; overdueFeedback lists it until then', async () => {
      const late = await tellConsultation(
        feed,
        { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
        { participants: [world.young.sam], closedAt: new Date(Date.now() - 35 * DAY) },
      );
      await waitForProjection(feedback, late, 1);
      const OVERDUE =
        '{ overdueFeedback(first: 100) { totalCount edges { node { id status dueOn consultation { id } } } } }';
      const listed = (token: string) =>
        gql(url, OVERDUE, {}, token).then((r) =>
          ok(r).overdueFeedback.edges.map((e: { node: { consultation: { id: string } } }) => e.node.consultation.id),
        );
      expect(await listed(world.tokens.leadA)).toContain(late.consultationId);
      expect(await listed(world.tokens.analyst)).toContain(late.consultationId);
      expect(await listed(world.tokens.practitionerB)).not.toContain(late.consultationId);
      expect(codes(await gql(url, OVERDUE, {}, world.youngTokens.sam))).toEqual(['FORBIDDEN']);

      const message = ok(
        await gql(
          url,
          SEND_FEEDBACK,
          {
            input: {
              consultationId: late.consultationId,
              channel: 'LETTER',
              text: 'Sorry this is late: here is what happened.',
            },
          },
          world.tokens.leadA,
        ),
      ).sendFeedback;
      expect(message).toMatchObject({ onTime: false, recipientCount: 1, obligation: { status: 'MET', onTime: false } });
      expect(await listed(world.tokens.leadA)).not.toContain(late.consultationId);
    });
  });

  describe('submitVoiceCheck', () => {
    it('a young person who took part says whether they felt heard, once', async () => {
      const check = ok(
        await gql(url, SUBMIT_VOICE_CHECK, { input: voiceCheckInput(story.consultationId) }, world.youngTokens.sam),
      ).submitVoiceCheck;
      expect(check).toMatchObject({
        feltHeard: 4,
        mine: true,
        comment: 'The workers listened to us',
        audience: 'PARTLY',
      });
      const [event] = await collector.waitFor((r) => r.event.subject === check.id);
      expect(eventSchemas().validate(event.event).errors).toEqual([]);
      expect(JSON.stringify(event.event)).not.toMatch(new RegExp(`${world.young.sam}|listened`));

      const before = await footprint(feedback);
      const again = await gql(
        url,
        SUBMIT_VOICE_CHECK,
        { input: voiceCheckInput(story.consultationId, { feltHeard: 5 }) },
        world.youngTokens.sam,
      );
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(await footprint(feedback)).toEqual(before);
    });

    it('refuses those who did not take part, staff, and answers out of range, writing nothing', async () => {
      const before = await footprint(feedback);
      expect(
        codes(
          await gql(
            url,
            SUBMIT_VOICE_CHECK,
            { input: voiceCheckInput(story.consultationId) },
            world.youngTokens.stranger,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(await gql(url, SUBMIT_VOICE_CHECK, { input: voiceCheckInput(story.consultationId) }, world.tokens.leadA)),
      ).toEqual(['FORBIDDEN']);
      const outOfRange = await gql(
        url,
        SUBMIT_VOICE_CHECK,
        { input: voiceCheckInput(story.consultationId, { feltHeard: 6 }) },
        world.youngTokens.kai,
      );
      expect(codes(outOfRange)).toEqual(['BAD_USER_INPUT']);
      expect(outOfRange.errors![0].message).toMatch(/feltHeard must be a whole number from 1/);
      expect(
        codes(
          await gql(
            url,
            SUBMIT_VOICE_CHECK,
            { input: voiceCheckInput(story.consultationId, { space: 'MAYBE' }) },
            world.youngTokens.kai,
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(await gql(url, SUBMIT_VOICE_CHECK, { input: voiceCheckInput(randomUUID()) }, world.youngTokens.kai)),
      ).toEqual(['NOT_FOUND']);
      expect(await footprint(feedback)).toEqual(before);
    });

    it("comments are for the consultation's staff and the author; never analysts, never other young people", async () => {
      ok(
        await gql(
          url,
          SUBMIT_VOICE_CHECK,
          { input: voiceCheckInput(story.consultationId, { comment: 'Kai here: it was fine', feltHeard: 3 }) },
          world.youngTokens.kai,
        ),
      );
      const view = async (token: string) =>
        gql(feedback.url, CONSULTATION_FEEDBACK, { id: story.consultationId }, token);
      const lead = ok(await view(world.tokens.leadA))._entities[0];
      expect(lead.voiceChecks.map((v: { comment: string }) => v.comment).sort()).toEqual([
        'Kai here: it was fine',
        'The workers listened to us',
      ]);
      const sam = ok(await view(world.youngTokens.sam))._entities[0];
      expect(sam.voiceChecks).toEqual([expect.objectContaining({ mine: true, comment: 'The workers listened to us' })]);
      expect(sam.feedbackObligation).toMatchObject({ status: 'MET', onTime: true });
      const other = ok(await view(world.tokens.practitionerB))._entities[0];
      expect(other.voiceChecks).toEqual([]);
      expect(other.feedbackObligation).toBeNull();
      const analyst = await view(world.tokens.analyst);
      expect(codes(analyst)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(analyst.data)).not.toMatch(/listened|Kai here/);
    });
  });

  describe('Person.feedbackReceived and feedbackOwed, through the gateway', () => {
    it('a young person sees the feedback sent and owed to them; staff of other organisations see none of it', async () => {
      const owed = await tellConsultation(
        feed,
        { partnershipId: world.partnershipId, leadOrganisationId: world.orgA },
        { participants: [world.young.kai] },
      );
      await waitForProjection(feedback, owed, 1);
      const query = `{ me { id feedbackReceived { text channel onTime consultation { id } outcomes { weDid } } feedbackOwed { dueOn status consultation { id } } } }`;
      const kai = ok(await gql(url, query, {}, world.youngTokens.kai)).me;
      expect(kai.feedbackReceived).toEqual([
        expect.objectContaining({ channel: 'APP', onTime: true, consultation: { id: story.consultationId } }),
      ]);
      expect(kai.feedbackReceived[0].outcomes).toEqual(
        expect.arrayContaining([{ weDid: 'Two clubs now open until 9pm on Fridays' }]),
      );
      expect(kai.feedbackOwed).toEqual([
        expect.objectContaining({ status: 'OPEN', consultation: { id: owed.consultationId } }),
      ]);

      const personQuery = `query($id: ID!) { person(id: $id) { id feedbackReceived { id } feedbackOwed { id } } }`;
      const lead = ok(await gql(url, personQuery, { id: world.young.kai }, world.tokens.leadA)).person;
      expect(lead.feedbackReceived).toHaveLength(1);
      expect(lead.feedbackOwed).toHaveLength(1);
      const entities = `query($id: ID!) { _entities(representations: [{ __typename: "Person", id: $id }]) { ... on Person { feedbackReceived { id } feedbackOwed { id } } } }`;
      expect(
        ok(await gql(feedback.url, entities, { id: world.young.kai }, world.tokens.practitionerB))._entities[0],
      ).toEqual({ feedbackReceived: [], feedbackOwed: [] });
      expect(
        ok(await gql(feedback.url, entities, { id: world.young.kai }, world.youngTokens.sam))._entities[0],
      ).toEqual({ feedbackReceived: [], feedbackOwed: [] });
      const analyst = await gql(feedback.url, entities, { id: world.young.kai }, world.tokens.analyst);
      expect(new Set(codes(analyst))).toEqual(new Set(['FORBIDDEN']));
      expect(JSON.stringify(analyst.data)).not.toContain('APP');
    });
  });
});
