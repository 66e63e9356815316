import { randomUUID } from 'node:crypto';
import {
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  optionalText,
  recordAudit,
  requireActor,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { canRunForum } from '../domain/access';
import { checkMeetingTiming } from '../domain/meeting-rules';
import { MeetingStatus } from '../domain/vocabulary';
import { MeetingEntity } from '../entities';
import { actorSeatsOn, loadForum } from './load-forum';

export interface ScheduleMeetingInput {
  forumId: string;
  title: string;
  startsAt: Date;
  endsAt?: Date | null;
  location?: string | null;
  status?: MeetingStatus | null;
}

export async function scheduleMeeting(ctx: RequestContext, input: ScheduleMeetingInput): Promise<MeetingEntity> {
  const actor = requireActor(ctx.actor);
  const title = requireText('title', input.title, 200);
  const location = optionalText('location', input.location, 200);
  const status = input.status ?? 'SCHEDULED';
  checkMeetingTiming(status, input.startsAt, input.endsAt ?? null);
  return ctx.dataSource.transaction(async (tx) => {
    const forum = await loadForum(tx, actor, input.forumId);
    const isChair = (await actorSeatsOn(tx, actor, forum.id)).some((seat) => seat.role === 'CHAIR');
    if (!canRunForum(actor, forum, isChair))
      throw forbidden("Only the forum's staff or its chair can schedule its meetings.");
    const meeting = tx.create(MeetingEntity, {
      id: randomUUID(),
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      title,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      location,
      status,
    });
    await tx.insert(MeetingEntity, meeting);
    // A meeting recorded as already held or cancelled is in the calendar too: consumers hear of it.
    await enqueueEvent(tx, GovernanceEvents.MeetingScheduled, meeting.id, {
      meetingId: meeting.id,
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      startsAt: input.startsAt.toISOString(),
      status,
    });
    await recordAudit(tx, actor, {
      action: status === 'SCHEDULED' ? 'SCHEDULE' : `RECORD_${status}`,
      entity: 'Meeting',
      entityId: meeting.id,
    });
    return tx.findOneByOrFail(MeetingEntity, { id: meeting.id });
  });
}
