import { randomUUID } from 'node:crypto';
import { ConsultationEvents, GovernanceEvents, RunningService } from '@voicegraph/platform';
import { EventFeed, waitFor } from '@voicegraph/testkit';

export { EventFeed };

export interface ConsultationStory {
  consultationId: string;
  partnershipId: string;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  findingIds: string[];
}

/** A consultation created, taken part in by `participants`, with `findings` findings; closed at `closedAt` (if given). */
export async function tellConsultation(
  feed: EventFeed,
  scope: { partnershipId: string; leadOrganisationId: string; partnerOrganisationIds?: string[] },
  options: { participants?: string[]; findings?: number; closedAt?: Date | null; title?: string } = {},
): Promise<ConsultationStory> {
  const consultationId = randomUUID();
  const partnerOrganisationIds = scope.partnerOrganisationIds ?? [];
  await feed.send(ConsultationEvents.ConsultationCreated, consultationId, {
    consultationId,
    partnershipId: scope.partnershipId,
    leadOrganisationId: scope.leadOrganisationId,
    partnerOrganisationIds,
    title: options.title ?? 'Your say on after-school youth clubs',
    kind: 'CO_DESIGN_SESSION',
    ladderLevel: 'CO_DESIGNING',
    context: 'SOCIAL',
    mode: 'IN_PERSON',
    themes: ['youth clubs'],
    targetCohorts: [],
    targetAgeBands: [],
    opensAt: null,
    closesAt: null,
  });
  for (const personId of options.participants ?? []) {
    const participationId = randomUUID();
    await feed.send(ConsultationEvents.ParticipationRecorded, participationId, {
      participationId,
      consultationId,
      partnershipId: scope.partnershipId,
      personId,
      role: 'PARTICIPANT',
      attendedAt: new Date().toISOString(),
    });
  }
  const findingIds: string[] = [];
  for (let i = 0; i < (options.findings ?? 1); i += 1) {
    const findingId = randomUUID();
    findingIds.push(findingId);
    await feed.send(ConsultationEvents.FindingRecorded, findingId, {
      findingId,
      consultationId,
      partnershipId: scope.partnershipId,
      title: `Finding ${i + 1}: clubs should open later`,
      contributionIds: [randomUUID()],
    });
  }
  if (options.closedAt !== null) {
    await feed.send(ConsultationEvents.ConsultationClosed, consultationId, {
      consultationId,
      partnershipId: scope.partnershipId,
      leadOrganisationId: scope.leadOrganisationId,
      closedAt: (options.closedAt ?? new Date()).toISOString(),
      participantCount: options.participants?.length ?? 0,
    });
  }
  return {
    consultationId,
    partnershipId: scope.partnershipId,
    leadOrganisationId: scope.leadOrganisationId,
    partnerOrganisationIds,
    findingIds,
  };
}

export async function tellDecision(
  feed: EventFeed,
  partnershipId: string,
  citedFindingIds: string[],
  decidedAt = new Date(),
): Promise<string> {
  const decisionId = randomUUID();
  await feed.send(GovernanceEvents.DecisionRecorded, decisionId, {
    decisionId,
    forumId: randomUUID(),
    partnershipId,
    meetingId: null,
    title: 'Open youth clubs until 9pm',
    citedFindingIds,
    consultationIds: [],
    youngPeopleInvolved: true,
    decidedAt: decidedAt.toISOString(),
  });
  return decisionId;
}

/** Waits until the projection holds the story: its obligation (when closed), findings and participants. */
export async function waitForProjection(
  feedback: RunningService,
  story: ConsultationStory,
  participants: number,
  closed = true,
): Promise<void> {
  await waitFor(
    `the projection of consultation ${story.consultationId}`,
    async () => {
      const [row] = await feedback.dataSource.query(
        `SELECT (SELECT count(*)::int FROM feedback.finding WHERE consultation_id = $1) AS findings,
              (SELECT count(*)::int FROM feedback.participant WHERE consultation_id = $1) AS participants,
              (SELECT count(*)::int FROM feedback.feedback_obligation WHERE consultation_id = $1) AS obligations,
              (SELECT count(*)::int FROM feedback.consultation WHERE id = $1 AND title IS NOT NULL) AS consultations`,
        [story.consultationId],
      );
      return (
        row.findings === story.findingIds.length &&
        row.participants === participants &&
        row.obligations === (closed ? 1 : 0) &&
        row.consultations === 1
      );
    },
    60_000,
  );
}

export { queriesDuring } from '@voicegraph/testkit';
