import { calendarDate, forbidden, RequestContext } from '@voicegraph/platform';
import { ForumScope, seesForumBusiness } from '../domain/access';
import { seatNotEnded } from '../domain/seat-rules';
import { SeatEntity } from '../entities';
import { seatsByPerson } from '../loaders';

/** The caller's seats that have not ended: one batched query per request. */
export async function callerSeats(ctx: RequestContext): Promise<SeatEntity[]> {
  if (!ctx.actor) return [];
  const today = calendarDate();
  return (await seatsByPerson(ctx).load(ctx.actor.personId)).filter((seat) => seatNotEnded(seat, today));
}

export async function seesBusiness(ctx: RequestContext, forum: ForumScope & { id: string }): Promise<boolean> {
  const isMember = (await callerSeats(ctx)).some((seat) => seat.forumId === forum.id);
  return seesForumBusiness(ctx.actor, forum, isMember);
}

/** FORBIDDEN naming the rule, for fields that are a forum's business. */
export async function requireBusiness(
  ctx: RequestContext,
  forum: ForumScope & { id: string; name: string },
): Promise<void> {
  if (!(await seesBusiness(ctx, forum))) {
    throw forbidden(
      `The business of "${forum.name}" (seats, meetings, agendas) is visible to its members and the staff of its organisation only.`,
    );
  }
}
