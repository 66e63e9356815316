import { Actor, calendarDate, notFound, requireUuid } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { inPartnership } from '../domain/access';
import { seatNotEnded } from '../domain/seat-rules';
import { ForumEntity, MeetingEntity, SeatEntity } from '../entities';

/** A forum of the caller's partnership, or NOT_FOUND (other partnerships' forums do not exist for them). */
export async function loadForum(tx: EntityManager, actor: Actor, id: string, field = 'forumId'): Promise<ForumEntity> {
  const forumId = requireUuid(field, id);
  const forum = await tx.findOneBy(ForumEntity, { id: forumId });
  if (!forum || !inPartnership(actor, forum.partnershipId)) throw notFound('forum', forumId);
  return forum;
}

/** A meeting of the caller's partnership with its forum, or NOT_FOUND. */
export async function loadMeeting(
  tx: EntityManager,
  actor: Actor,
  id: string,
): Promise<{ meeting: MeetingEntity; forum: ForumEntity }> {
  const meetingId = requireUuid('meetingId', id);
  const meeting = await tx.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
  if (!meeting || !inPartnership(actor, meeting.partnershipId)) throw notFound('meeting', meetingId);
  return { meeting, forum: await tx.findOneByOrFail(ForumEntity, { id: meeting.forumId }) };
}

/** The caller's seats on a forum that have not ended (membership; `CHAIR` among them for chairing). */
export async function actorSeatsOn(tx: EntityManager, actor: Actor, forumId: string): Promise<SeatEntity[]> {
  const seats = await tx.findBy(SeatEntity, { forumId, personId: actor.personId });
  return seats.filter((seat) => seatNotEnded(seat, calendarDate()));
}
