import { calendarDate, canSeePersonAs, RequestContext } from '@voicegraph/platform';
import { seatNotEnded } from '../domain/seat-rules';
import { forumLoader, knownPersonLoader, seatsByPerson } from '../loaders';
import { seesBusiness } from './forum-access';

/** People's Person, extended with seats: all of them for the person themself; for staff who may see the person, those on forums the caller may see. */
export const Person = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  async seats(person: { id: string }, args: { includeEnded?: boolean | null }, ctx: RequestContext) {
    if (!ctx.actor) return [];
    const today = calendarDate();
    const seats = (await seatsByPerson(ctx).load(person.id)).filter(
      (seat) => args.includeEnded || seatNotEnded(seat, today),
    );
    if (person.id === ctx.actor.personId) return seats;
    // Anyone else's seats only to someone who may see the person at all (people's rule, from the
    // projection): a young person sharing a forum must not list another's seats by id (issue 13).
    if (!canSeePersonAs(ctx.actor, person.id, await knownPersonLoader(ctx).load(person.id))) return [];
    const forums = await forumLoader(ctx).loadMany([...new Set(seats.map((seat) => seat.forumId))]);
    const visible = new Set<string>();
    for (const forum of forums)
      if (forum && !(forum instanceof Error) && (await seesBusiness(ctx, forum))) visible.add(forum.id);
    return seats.filter((seat) => visible.has(seat.forumId));
  },
};
