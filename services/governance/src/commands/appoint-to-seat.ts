import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  conflict,
  enqueueEvent,
  forbidden,
  GovernanceEvents,
  recordAudit,
  requireDate,
  requireRole,
  RequestContext,
} from '@voicegraph/platform';
import { canGovern } from '../domain/access';
import { periodsOverlap } from '../domain/seat-rules';
import { SeatRole } from '../domain/vocabulary';
import { SeatEntity } from '../entities';
import { loadForum } from './load-forum';
import { peopleOfPartnership } from './references';

export interface AppointToSeatInput {
  forumId: string;
  personId: string;
  role: SeatRole;
  startsOn: string;
  endsOn?: string | null;
}

export async function appointToSeat(ctx: RequestContext, input: AppointToSeatInput): Promise<SeatEntity> {
  const actor = requireRole(ctx.actor, ['PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'], 'appoint someone to a seat');
  const startsOn = requireDate('startsOn', input.startsOn);
  const endsOn = input.endsOn ? requireDate('endsOn', input.endsOn) : null;
  if (endsOn && endsOn < startsOn)
    throw badUserInput(`endsOn (${endsOn}) must not be before startsOn (${startsOn}).`, 'endsOn');
  return ctx.dataSource.transaction(async (tx) => {
    const forum = await loadForum(tx, actor, input.forumId);
    if (!canGovern(actor, forum.partnershipId, forum.organisationId))
      throw forbidden(
        "Only participation leads of the forum's organisation, or partnership admins, can appoint to its seats.",
      );
    const [person] = await peopleOfPartnership(tx, 'personId', [input.personId], forum.partnershipId);
    const existing = await tx.findBy(SeatEntity, { forumId: forum.id, personId: person.personId });
    if (existing.some((seat) => periodsOverlap(seat, { startsOn, endsOn }))) {
      throw conflict('This person already holds a seat on this forum for some of those dates; end that seat first.');
    }
    const seat = tx.create(SeatEntity, {
      id: randomUUID(),
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      personId: person.personId,
      role: input.role,
      heldByYoungPerson: person.kind === 'YOUNG_PERSON',
      startsOn,
      endsOn,
    });
    await tx.insert(SeatEntity, seat);
    await enqueueEvent(tx, GovernanceEvents.SeatAssigned, seat.id, {
      seatId: seat.id,
      forumId: forum.id,
      partnershipId: forum.partnershipId,
      personId: person.personId,
      role: input.role,
      heldByYoungPerson: seat.heldByYoungPerson,
      startsOn,
      endsOn,
    });
    await recordAudit(tx, actor, { action: 'APPOINT', entity: 'Seat', entityId: seat.id });
    return tx.findOneByOrFail(SeatEntity, { id: seat.id });
  });
}
