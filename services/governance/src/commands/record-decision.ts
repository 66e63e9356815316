import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  notFound,
  optionalText,
  recordAudit,
  requireActor,
  requireText,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { canRunForum } from '../domain/access';
import { DecisionEntity, DecisionEvidenceEntity, MeetingEntity } from '../entities';
import { actorSeatsOn, loadForum } from './load-forum';
import { findingsOfPartnership } from './references';

export interface RecordDecisionInput {
  forumId: string;
  meetingId?: string | null;
  title: string;
  description?: string | null;
  decidedAt?: Date | null;
  citedFindingIds: string[];
  youngPeopleInvolved: boolean;
}

export async function recordDecision(ctx: RequestContext, input: RecordDecisionInput): Promise<DecisionEntity> {
  const actor = requireActor(ctx.actor);
  const title = requireText('title', input.title, 200);
  const description = optionalText('description', input.description, 5000);
  const decidedAt = input.decidedAt ?? new Date();
  if (decidedAt.getTime() > Date.now() + 60_000)
    throw badUserInput('decidedAt is in the future; record a decision once it has been made.', 'decidedAt');
  return ctx.dataSource.transaction(async (tx) => {
    const forum = await loadForum(tx, actor, input.forumId);
    const isChair = (await actorSeatsOn(tx, actor, forum.id)).some((seat) => seat.role === 'CHAIR');
    if (!canRunForum(actor, forum, isChair))
      throw forbidden("Only the forum's staff or its chair can record its decisions.");
    let meetingId: string | null = null;
    if (input.meetingId) {
      meetingId = requireUuid('meetingId', input.meetingId);
      const meeting = await tx.findOneBy(MeetingEntity, { id: meetingId });
      if (!meeting || meeting.partnershipId !== forum.partnershipId) throw notFound('meeting', meetingId);
      if (meeting.forumId !== forum.id)
        throw badUserInput(
          'That meeting belongs to another forum; record the decision on the forum that met.',
          'meetingId',
        );
    }
    const findings = await findingsOfPartnership(tx, 'citedFindingIds', input.citedFindingIds, forum.partnershipId);
    const decision = tx.create(DecisionEntity, {
      id: randomUUID(),
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      meetingId,
      title,
      description,
      youngPeopleInvolved: input.youngPeopleInvolved,
      decidedAt,
    });
    await tx.insert(DecisionEntity, decision);
    for (const finding of findings) {
      await tx.insert(DecisionEvidenceEntity, {
        decisionId: decision.id,
        findingId: finding.findingId,
        consultationId: finding.consultationId,
      });
    }
    await enqueueEvent(tx, GovernanceEvents.DecisionRecorded, decision.id, {
      decisionId: decision.id,
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      meetingId,
      title,
      citedFindingIds: findings.map((f) => f.findingId),
      consultationIds: [...new Set(findings.map((f) => f.consultationId))],
      youngPeopleInvolved: input.youngPeopleInvolved,
      decidedAt: decidedAt.toISOString(),
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Decision', entityId: decision.id });
    return tx.findOneByOrFail(DecisionEntity, { id: decision.id });
  });
}
