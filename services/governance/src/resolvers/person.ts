import { calendarDate, RequestContext } from '@voicegraph/platform';
import { seatNotEnded } from '../domain/seat-rules';
import { forumLoader, seatsByPerson } from '../loaders';
import { seesBusiness } from './forum-access';

/** People's Person, extended with seats: all of them for the person themself, else those on forums the caller may see. */
export const Person = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  async seats(person: { id: string }, args: { includeEnded?: boolean | null }, ctx: RequestContext) {
    if (!ctx.actor) return [];
    const today = calendarDate();
    const seats = (await seatsByPerson(ctx).load(person.id)).filter(
      (seat) => args.includeEnded || seatNotEnded(seat, today),
    );
    if (person.id === ctx.actor.personId) return seats;
    const forums = await forumLoader(ctx).loadMany([...new Set(seats.map((seat) => seat.forumId))]);
    const visible = new Set<string>();
    for (const forum of forums)
      if (forum && !(forum instanceof Error) && (await seesBusiness(ctx, forum))) visible.add(forum.id);
    return seats.filter((seat) => visible.has(seat.forumId));
  },
};
