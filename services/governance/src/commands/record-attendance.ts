import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  recordAudit,
  requireActor,
  RequestContext,
} from '@voicegraph/platform';
import { canRunForum } from '../domain/access';
import { AttendanceEntity, MeetingEntity } from '../entities';
import { actorSeatsOn, loadMeeting } from './load-forum';
import { peopleOfPartnership } from './references';

export interface RecordAttendanceInput {
  meetingId: string;
  personIds: string[];
}

/** Replaces a meeting's attendance and marks it held. The event carries counts: who attended stays here. */
export async function recordAttendance(ctx: RequestContext, input: RecordAttendanceInput): Promise<MeetingEntity> {
  const actor = requireActor(ctx.actor);
  return ctx.dataSource.transaction(async (tx) => {
    const { meeting, forum } = await loadMeeting(tx, actor, input.meetingId);
    const isChair = (await actorSeatsOn(tx, actor, forum.id)).some((seat) => seat.role === 'CHAIR');
    if (!canRunForum(actor, forum, isChair))
      throw forbidden("Only the forum's staff or its chair can record attendance.");
    if (meeting.status === 'CANCELLED')
      throw badUserInput('This meeting was cancelled, so nobody attended it.', 'meetingId');
    if (meeting.startsAt.getTime() > Date.now())
      throw badUserInput('This meeting has not started yet; record attendance once it has.', 'meetingId');
    const people = await peopleOfPartnership(tx, 'personIds', input.personIds, forum.partnershipId);
    await tx.delete(AttendanceEntity, { meetingId: meeting.id });
    for (const person of people) {
      await tx.insert(AttendanceEntity, {
        id: randomUUID(),
        meetingId: meeting.id,
        personId: person.personId,
        youngPerson: person.kind === 'YOUNG_PERSON',
      });
    }
    await tx.update(MeetingEntity, { id: meeting.id }, { status: 'HELD' });
    await enqueueEvent(tx, GovernanceEvents.AttendanceRecorded, meeting.id, {
      meetingId: meeting.id,
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      attendeeCount: people.length,
      youngPeopleCount: people.filter((person) => person.kind === 'YOUNG_PERSON').length,
      recordedAt: new Date().toISOString(),
    });
    await recordAudit(tx, actor, { action: 'RECORD_ATTENDANCE', entity: 'Meeting', entityId: meeting.id });
    return tx.findOneByOrFail(MeetingEntity, { id: meeting.id });
  });
}
