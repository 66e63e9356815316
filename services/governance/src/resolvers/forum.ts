import {
  calendarDate,
  canSeePersonAs,
  childPages,
  isStaff,
  PageArgs,
  RequestContext,
  required,
} from '@voicegraph/platform';
import { inPartnership } from '../domain/access';
import { seatIsCurrent, seatNotEnded } from '../domain/seat-rules';
import {
  AgendaItemEntity,
  AttendanceEntity,
  DecisionEntity,
  ForumEntity,
  MeetingEntity,
  SeatEntity,
} from '../entities';
import {
  agendaByMeeting,
  agendaItemLoader,
  attendanceByMeeting,
  decisionsByMeeting,
  forumLoader,
  knownPersonLoader,
  meetingLoader,
  seatLoader,
  seatsByForum,
} from '../loaders';
import { requireBusiness, seesBusiness } from './forum-access';
import { calendarPage } from './meeting-page';

/**
 * Who holds a seat, attended or presents: the person only to someone people's rules let see them
 * (themself; staff of one of their organisations; an admin of their partnership). Seeing a
 * forum's business is not enough: a practitioner of another organisation would otherwise collect
 * the ids of young people it may not see (issue 13). Batched through the people projection.
 */
async function personRef(id: string | null, ctx: RequestContext) {
  if (!id || !ctx.actor) return null;
  if (id === ctx.actor.personId) return { __typename: 'Person', id };
  if (!isStaff(ctx.actor)) return null;
  return canSeePersonAs(ctx.actor, id, await knownPersonLoader(ctx).load(id)) ? { __typename: 'Person', id } : null;
}
const withEnded = (seats: SeatEntity[], includeEnded: boolean | null | undefined) =>
  includeEnded ? seats : seats.filter((seat) => seatNotEnded(seat, calendarDate()));

/** A forum's name and kind are known across the partnership; its business needs membership or its staff. */
export const Forum = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const forum = await forumLoader(ctx).load(ref.id);
    return forum && inPartnership(ctx.actor, forum.partnershipId) ? forum : null;
  },
  organisation: (forum: ForumEntity) => (forum.organisationId ? { id: forum.organisationId } : null),
  canSeeBusiness: (forum: ForumEntity, _: unknown, ctx: RequestContext) => seesBusiness(ctx, forum),
  async seats(forum: ForumEntity, args: { includeEnded?: boolean | null }, ctx: RequestContext) {
    await requireBusiness(ctx, forum);
    return withEnded(await seatsByForum(ctx).load(forum.id), args.includeEnded);
  },
  async meetings(forum: ForumEntity, args: PageArgs, ctx: RequestContext) {
    await requireBusiness(ctx, forum);
    return calendarPage(
      ctx.dataSource
        .getRepository(MeetingEntity)
        .createQueryBuilder('meeting')
        .where('meeting.forumId = :id', { id: forum.id }),
      args,
    );
  },
  decisions: (forum: ForumEntity, args: PageArgs, ctx: RequestContext) =>
    childPages(ctx, { name: 'forumDecisions', entity: DecisionEntity, parentProperty: 'forumId' }, args).load(forum.id),
};

/** Forum business reached by reference obeys the same rule; a person always sees their own seat. */
async function visibleViaForum<T extends { forumId?: string; meetingId?: string }>(
  ctx: RequestContext,
  row: T | null,
  forumId: string | undefined,
): Promise<T | null> {
  if (!row || !forumId) return null;
  const forum = await forumLoader(ctx).load(forumId);
  return forum && (await seesBusiness(ctx, forum)) ? row : null;
}

export const Seat = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const seat = await seatLoader(ctx).load(ref.id);
    if (seat && ctx.actor && seat.personId === ctx.actor.personId) return seat;
    return visibleViaForum(ctx, seat, seat?.forumId);
  },
  forum: (seat: SeatEntity, _: unknown, ctx: RequestContext) =>
    required(forumLoader(ctx).load(seat.forumId), `forum ${seat.forumId}`),
  person: (seat: SeatEntity, _: unknown, ctx: RequestContext) => personRef(seat.personId, ctx),
  current: (seat: SeatEntity) => seatIsCurrent(seat, calendarDate()),
};

export const Meeting = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const meeting = await meetingLoader(ctx).load(ref.id);
    return visibleViaForum(ctx, meeting, meeting?.forumId);
  },
  forum: (meeting: MeetingEntity, _: unknown, ctx: RequestContext) =>
    required(forumLoader(ctx).load(meeting.forumId), `forum ${meeting.forumId}`),
  agenda: (meeting: MeetingEntity, _: unknown, ctx: RequestContext) => agendaByMeeting(ctx).load(meeting.id),
  attendance: (meeting: MeetingEntity, _: unknown, ctx: RequestContext) => attendanceByMeeting(ctx).load(meeting.id),
  decisions: (meeting: MeetingEntity, _: unknown, ctx: RequestContext) => decisionsByMeeting(ctx).load(meeting.id),
};

export const Attendance = {
  person: (attendance: AttendanceEntity, _: unknown, ctx: RequestContext) => personRef(attendance.personId, ctx),
};

export const AgendaItem = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const item = await agendaItemLoader(ctx).load(ref.id);
    const meeting = item ? await meetingLoader(ctx).load(item.meetingId) : null;
    return visibleViaForum(ctx, item, meeting?.forumId);
  },
  meeting: (item: AgendaItemEntity, _: unknown, ctx: RequestContext) =>
    required(meetingLoader(ctx).load(item.meetingId), `meeting ${item.meetingId}`),
  presenter: (item: AgendaItemEntity, _: unknown, ctx: RequestContext) => personRef(item.presenterId, ctx),
  consultations: (item: AgendaItemEntity) => item.consultationIds.map((id) => ({ id })),
  findings: (item: AgendaItemEntity) => item.findingIds.map((id) => ({ id })),
};
