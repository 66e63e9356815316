import { randomUUID } from 'node:crypto';
import { buildEnvelope, ConsultationEvents, eventSchemas, handleWithInbox, RunningService } from '@voicegraph/platform';
import { startTestService, waitFor } from '@voicegraph/testkit';
import { sweepOverdueFeedback } from '../../src/jobs/overdue-sweep';
import { feedbackService, feedbackServiceFor } from '../../src/service';
import { EventFeed, tellConsultation, waitForProjection } from './feed';

const DAY = 24 * 60 * 60 * 1000;

describe('feedback obligations from ConsultationClosed, and the overdue sweep', () => {
  let feedback: RunningService;
  const feed = new EventFeed();
  const scope = {
    partnershipId: randomUUID(),
    leadOrganisationId: randomUUID(),
    partnerOrganisationIds: [randomUUID()],
  };

  beforeAll(async () => {
    // No relay: the outbox keeps every enqueued event, so "announced once" can be counted exactly.
    feedback = await startTestService(feedbackService, { jobs: false, relay: false });
    await feed.start();
  });
  afterAll(async () => {
    await feed.stop();
    await feedback.stop();
  });

  /** ConsultationClosed's payload for a consultation of `scope`. */
  const closedPayload = (consultationId: string, closedAt: string, participantCount: number) => ({
    consultationId,
    partnershipId: scope.partnershipId,
    leadOrganisationId: scope.leadOrganisationId,
    closedAt,
    participantCount,
  });
  const obligationOf = async (consultationId: string) =>
    (
      await feedback.dataSource.query(
        `SELECT id, status, to_char(due_on, 'YYYY-MM-DD') AS due_on, overdue_at FROM feedback.feedback_obligation WHERE consultation_id = $1`,
        [consultationId],
      )
    )[0];
  const overdueEventsFor = async (obligationId: string) =>
    (
      await feedback.dataSource.query(
        `SELECT count(*)::int AS n FROM feedback.outbox WHERE key = $1 AND event_type = 'voicegraph.feedback.FeedbackOverdue.v1'`,
        [obligationId],
      )
    )[0].n;

  it('opens one obligation due 28 days after the day the consultation closed', async () => {
    const story = await tellConsultation(feed, scope, {
      participants: [randomUUID(), randomUUID()],
      closedAt: new Date('2026-03-01T17:45:00Z'),
    });
    await waitForProjection(feedback, story, 2);
    expect(await obligationOf(story.consultationId)).toMatchObject({
      status: 'OPEN',
      due_on: '2026-03-29',
      overdue_at: null,
    });
  });

  it('uses FEEDBACK_DUE_DAYS when it is set', async () => {
    const consultationId = randomUUID();
    const closed = closedPayload(consultationId, '2026-03-01T10:00:00.000Z', 3);
    const definition = feedbackServiceFor({ FEEDBACK_DUE_DAYS: '7' });
    const onClose = definition.consumes!.find((c) => c.event === ConsultationEvents.ConsultationClosed)!.handle;
    await handleWithInbox(
      feedback.dataSource,
      'feedback',
      buildEnvelope(ConsultationEvents.ConsultationClosed, consultationId, closed),
      onClose,
      feedback.config.erasureKey,
    );
    expect(await obligationOf(consultationId)).toMatchObject({ status: 'OPEN', due_on: '2026-03-08' });
  });

  it('stays one obligation when the close is redelivered or sent again, and tolerates a close before the creation', async () => {
    const consultationId = randomUUID();
    const closed = closedPayload(consultationId, '2026-05-10T09:00:00.000Z', 0);
    const envelope = buildEnvelope(ConsultationEvents.ConsultationClosed, consultationId, closed);
    await feed.send(ConsultationEvents.ConsultationClosed, consultationId, closed, envelope);
    await feed.send(ConsultationEvents.ConsultationClosed, consultationId, closed, envelope);
    await feed.send(ConsultationEvents.ConsultationClosed, consultationId, {
      ...closed,
      closedAt: '2026-05-12T09:00:00.000Z',
    });
    await feed.send(ConsultationEvents.ConsultationCreated, consultationId, {
      consultationId,
      partnershipId: scope.partnershipId,
      leadOrganisationId: scope.leadOrganisationId,
      partnerOrganisationIds: scope.partnerOrganisationIds,
      title: 'Arrived late',
      kind: 'SURVEY',
      ladderLevel: 'CONSULTING',
      context: 'SOCIAL',
      mode: 'DIGITAL',
      themes: [],
      targetCohorts: [],
      targetAgeBands: [],
      opensAt: null,
      closesAt: null,
    });
    const consultation = await waitFor(
      'the late creation to be projected',
      async () =>
        (
          await feedback.dataSource.query(
            `SELECT title, partner_organisation_ids, closed_at FROM feedback.consultation WHERE id = $1 AND title IS NOT NULL`,
            [consultationId],
          )
        )[0],
    );
    expect(consultation.partner_organisation_ids).toEqual(scope.partnerOrganisationIds);
    expect(consultation.closed_at).not.toBeNull();
    const rows = await feedback.dataSource.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM feedback.feedback_obligation WHERE consultation_id = $1`,
      [consultationId],
    );
    expect(rows).toEqual([{ due_on: '2026-06-07' }]);
    const handled = await feedback.dataSource.query(
      `SELECT count(*)::int AS n FROM feedback.inbox WHERE event_id = $1`,
      [envelope.id],
    );
    expect(handled[0].n).toBe(1);
  });

  it('marks an obligation overdue only after its due day, and announces it exactly once', async () => {
    const closedAt = new Date(Date.now() - 40 * DAY);
    const story = await tellConsultation(feed, scope, { closedAt });
    await waitForProjection(feedback, story, 0);
    const { id, due_on: dueOn } = await obligationOf(story.consultationId);

    const onDueDay = await sweepOverdueFeedback(feedback.dataSource, new Date(`${dueOn}T23:59:00Z`));
    expect(onDueDay.map((o) => o.obligationId)).not.toContain(id);
    expect((await obligationOf(story.consultationId)).status).toBe('OPEN');

    const first = await sweepOverdueFeedback(feedback.dataSource, new Date(Date.parse(`${dueOn}T00:00:00Z`) + DAY));
    expect(first.filter((o) => o.obligationId === id)).toEqual([
      { obligationId: id, consultationId: story.consultationId, partnershipId: scope.partnershipId, dueOn },
    ]);
    expect((await obligationOf(story.consultationId)).status).toBe('OVERDUE');

    const again = await sweepOverdueFeedback(feedback.dataSource);
    expect(again.map((o) => o.obligationId)).not.toContain(id);
    expect(await overdueEventsFor(id)).toBe(1);

    const [{ envelope, topic }] = await feedback.dataSource.query(
      `SELECT envelope, topic FROM feedback.outbox WHERE key = $1`,
      [id],
    );
    expect(topic).toBe('feedback.obligation.v1');
    expect(envelope.data).toEqual({
      obligationId: id,
      consultationId: story.consultationId,
      partnershipId: scope.partnershipId,
      dueOn,
    });
    expect(eventSchemas().validate(envelope)).toEqual({ valid: true, errors: [] });
  });

  it('announces each obligation once when replicas sweep at the same moment', async () => {
    const stories = [];
    for (let i = 0; i < 5; i += 1)
      stories.push(await tellConsultation(feed, scope, { closedAt: new Date(Date.now() - (30 + i) * DAY) }));
    for (const story of stories) await waitForProjection(feedback, story, 0);
    const ids: string[] = [];
    for (const story of stories) ids.push((await obligationOf(story.consultationId)).id);

    const sweeps = await Promise.all([1, 2, 3, 4].map(() => sweepOverdueFeedback(feedback.dataSource)));
    const announced = sweeps
      .flat()
      .map((o) => o.obligationId)
      .filter((id) => ids.includes(id));
    expect(announced.sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await overdueEventsFor(id)).toBe(1);
  });

  it('does not mark a met obligation overdue', async () => {
    const story = await tellConsultation(feed, scope, { closedAt: new Date(Date.now() - 60 * DAY) });
    await waitForProjection(feedback, story, 0);
    await feedback.dataSource.query(
      `UPDATE feedback.feedback_obligation SET status = 'MET', met_at = now(), on_time = false WHERE consultation_id = $1`,
      [story.consultationId],
    );
    const { id } = await obligationOf(story.consultationId);
    expect((await sweepOverdueFeedback(feedback.dataSource)).map((o) => o.obligationId)).not.toContain(id);
    expect(await overdueEventsFor(id)).toBe(0);
  });
});
