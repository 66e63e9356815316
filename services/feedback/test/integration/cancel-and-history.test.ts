import {
  buildEnvelope,
  ConsultationCancelled,
  ConsultationEvents,
  eventSchemas,
  RunningService,
} from '@voicegraph/platform';
import { EventCollector, gql, ok, startStack, waitFor } from '@voicegraph/testkit';
import { ConsultationStory, EventFeed, tellConsultation, waitForProjection } from './feed';
import { FeedbackWorld, outcomeInput, RECORD_OUTCOME, startFeedbackStack } from './world';

// Asked of the feedback subgraph itself (as the gateway does to resolve a Consultation's feedback fields).
const OBLIGATION = `query($id: ID!) { _entities(representations: [{ __typename: "Consultation", id: $id }]) {
  ... on Consultation { feedbackObligation { status } } } }`;
const HISTORY = `query($id: ID!) { _entities(representations: [{ __typename: "Consultation", id: $id }]) {
  ... on Consultation { outcomes { status history { previousStatus status changedAt } } } } }`;
const OWED = `{ me { feedbackOwed { id } } }`;

describe('feedback hears of cancelled consultations, and keeps each outcome’s history', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let feedback: RunningService;
  let url: string;
  let world: FeedbackWorld;
  const feed = new EventFeed();
  const collector = new EventCollector(['feedback.outcome.v1']);
  const cancel = (story: ConsultationStory): ConsultationCancelled => ({
    consultationId: story.consultationId,
    partnershipId: story.partnershipId,
    leadOrganisationId: story.leadOrganisationId,
    previousStatus: 'OPEN',
    cancelledAt: new Date().toISOString(),
  });
  const obligationOf = async (consultationId: string) =>
    ok(await gql(feedback.url, OBLIGATION, { id: consultationId }, world.tokens.leadA))._entities[0].feedbackObligation;
  const handled = (eventId: string) => async () =>
    (await feedback.dataSource.query('SELECT 1 FROM feedback.inbox WHERE event_id = $1', [eventId])).length > 0;

  beforeAll(async () => {
    ({ stack, feedback, url, world } = await startFeedbackStack(feed, collector));
  });
  afterAll(async () => {
    await collector.stop();
    await feed.stop();
    await stack.stop();
  });

  it('a cancelled consultation owes its participants nothing: its obligation is NOT_OWED, and a later close cannot open one', async () => {
    const scope = { partnershipId: world.partnershipId, leadOrganisationId: world.orgA };
    const story = await tellConsultation(feed, scope, { participants: [world.young.sam], findings: 0, closedAt: null });
    await waitForProjection(feedback, story, 1, false);
    expect(await obligationOf(story.consultationId)).toBeNull(); // open: nothing owed yet, nothing decided

    const event = await feed.send(ConsultationEvents.ConsultationCancelled, story.consultationId, cancel(story));
    await waitFor('feedback to apply the cancellation', handled(event.id));
    expect(await obligationOf(story.consultationId)).toEqual({ status: 'NOT_OWED' });
    expect(ok(await gql(url, OWED, {}, world.youngTokens.sam)).me.feedbackOwed).toEqual([]);

    // Rules never close a cancelled consultation; a stray close (a bad replay) still cannot make feedback owed.
    const close = await feed.send(ConsultationEvents.ConsultationClosed, story.consultationId, {
      consultationId: story.consultationId,
      partnershipId: story.partnershipId,
      leadOrganisationId: story.leadOrganisationId,
      closedAt: new Date().toISOString(),
      participantCount: 1,
    });
    await waitFor('feedback to apply the stray close', handled(close.id));
    expect(await obligationOf(story.consultationId)).toEqual({ status: 'NOT_OWED' });
  });

  it('an old consumer applies an event carrying a field it does not know and a traceparent extension', async () => {
    const scope = { partnershipId: world.partnershipId, leadOrganisationId: world.orgA };
    const story = await tellConsultation(feed, scope, { participants: [world.young.kai], findings: 0, closedAt: null });
    await waitForProjection(feedback, story, 1, false);
    const plain = buildEnvelope(ConsultationEvents.ConsultationCancelled, story.consultationId, cancel(story));
    const newer = {
      ...plain,
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      data: { ...plain.data, cancellationReason: 'FUNDING_WITHDRAWN' },
    };
    expect(eventSchemas().validate(newer).valid).toBe(false); // not what v1 names: a newer producer's event
    await feed.send(ConsultationEvents.ConsultationCancelled, story.consultationId, newer.data, newer);
    await waitFor('feedback to apply the newer event', handled(newer.id));
    expect(await obligationOf(story.consultationId)).toEqual({ status: 'NOT_OWED' });
    const parked = await feedback.dataSource.query('SELECT 1 FROM feedback.dead_letter WHERE event_id = $1', [
      newer.id,
    ]);
    expect(parked).toEqual([]);
  });

  it('records each change of an outcome’s status, shows it as Outcome.history and carries it in OutcomeRecorded', async () => {
    const scope = { partnershipId: world.partnershipId, leadOrganisationId: world.orgA };
    const story = await tellConsultation(feed, scope, { participants: [world.young.sam], findings: 1 });
    await waitForProjection(feedback, story, 1);
    const [findingId] = story.findingIds;
    const record = async (extra: Record<string, unknown>) =>
      ok(await gql(url, RECORD_OUTCOME, { input: outcomeInput(findingId, extra) }, world.tokens.leadA)).recordOutcome;
    const outcome = await record({ status: 'RECEIVED', published: false });
    await record({ status: 'UNDER_CONSIDERATION' });
    await record({ status: 'UNDER_CONSIDERATION', weDid: 'The council is costing later opening' }); // words only
    await record({ status: 'ACCEPTED' });

    const [shown] = ok(await gql(feedback.url, HISTORY, { id: story.consultationId }, world.tokens.leadA))._entities[0]
      .outcomes;
    expect(shown.status).toBe('ACCEPTED');
    expect(
      shown.history.map((h: { previousStatus: string | null; status: string }) => [h.previousStatus, h.status]),
    ).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'UNDER_CONSIDERATION'],
      ['UNDER_CONSIDERATION', 'ACCEPTED'],
    ]);
    const times = shown.history.map((h: { changedAt: string }) => Date.parse(h.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const events = await collector.waitFor((r) => r.event.subject === outcome.id, 4);
    expect(
      events.map((r) => [
        (r.event.data as { previousStatus: string | null }).previousStatus,
        (r.event.data as { status: string }).status,
      ]),
    ).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'UNDER_CONSIDERATION'],
      ['UNDER_CONSIDERATION', 'UNDER_CONSIDERATION'],
      ['UNDER_CONSIDERATION', 'ACCEPTED'],
    ]);
    for (const r of events) expect(eventSchemas().validate(r.event).errors).toEqual([]);
  });
});
