import {
  Actor,
  calendarDate,
  hasRole,
  isStaff,
  isUuid,
  keysetPage,
  notFound,
  PageArgs,
  RequestContext,
  requireActor,
  requirePartnership,
} from '@voicegraph/platform';
import { Brackets } from 'typeorm';
import { inPartnership } from '../domain/access';
import { checkCalendarRange } from '../domain/meeting-rules';
import { ForumKind, MeetingStatus, PlanKind } from '../domain/vocabulary';
import { ForumEntity, MeetingEntity, PlanEntity } from '../entities';
import { decisionLoader, forumLoader, planLoader } from '../loaders';
import { callerSeats } from './forum-access';
import { calendarPage } from './meeting-page';

interface ForumFilter {
  kind?: ForumKind | null;
  organisationId?: string | null;
}
interface MeetingFilter {
  forumId?: string | null;
  forumKinds?: ForumKind[] | null;
  status?: MeetingStatus | null;
}
interface PlanFilter {
  reviewOverdue?: boolean | null;
  kind?: PlanKind | null;
}

const NO_MATCH = '00000000-0000-0000-0000-000000000000';

/** Loads one row of the caller's partnership by id, or NOT_FOUND (whatever the reason). */
async function inCallersPartnership<T extends { partnershipId: string }>(
  actor: Actor,
  what: string,
  id: string,
  load: (id: string) => Promise<T | null>,
): Promise<T> {
  const row = isUuid(id) ? await load(id.toLowerCase()) : null;
  if (!row || !inPartnership(actor, row.partnershipId)) throw notFound(what, id);
  return row;
}

export const Query = {
  forum: (_: unknown, { id }: { id: string }, ctx: RequestContext) =>
    inCallersPartnership(requireActor(ctx.actor), 'forum', id, (key) => forumLoader(ctx).load(key)),

  decision: (_: unknown, { id }: { id: string }, ctx: RequestContext) =>
    inCallersPartnership(requireActor(ctx.actor), 'decision', id, (key) => decisionLoader(ctx).load(key)),

  plan: (_: unknown, { id }: { id: string }, ctx: RequestContext) =>
    inCallersPartnership(requireActor(ctx.actor), 'plan', id, (key) => planLoader(ctx).load(key)),

  async forums(_: unknown, args: PageArgs & { filter?: ForumFilter | null }, ctx: RequestContext) {
    const partnershipId = requirePartnership(requireActor(ctx.actor));
    const qb = ctx.dataSource
      .getRepository(ForumEntity)
      .createQueryBuilder('forum')
      .where('forum.partnershipId = :partnershipId', { partnershipId });
    if (args.filter?.kind) qb.andWhere('forum.kind = :kind', { kind: args.filter.kind });
    if (args.filter?.organisationId)
      qb.andWhere('forum.organisationId = :organisationId', {
        organisationId: isUuid(args.filter.organisationId) ? args.filter.organisationId.toLowerCase() : NO_MATCH,
      });
    return keysetPage(qb, args);
  },

  async meetings(
    _: unknown,
    args: PageArgs & { from: Date; to: Date; filter?: MeetingFilter | null },
    ctx: RequestContext,
  ) {
    const actor = requireActor(ctx.actor);
    const partnershipId = requirePartnership(actor);
    checkCalendarRange(args.from, args.to);
    const memberOf = (await callerSeats(ctx)).map((seat) => seat.forumId);
    const qb = ctx.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .innerJoin(ForumEntity, 'forum', 'forum.id = meeting.forumId')
      .where('meeting.partnershipId = :partnershipId', { partnershipId })
      .andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from: args.from, to: args.to });
    // The access rule of seesForumBusiness, as SQL: members, admins, and staff of the owning organisation.
    if (!hasRole(actor, 'PARTNERSHIP_ADMIN')) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('forum.id = ANY(:memberOf::uuid[])', { memberOf });
          if (isStaff(actor))
            w.orWhere('(forum.organisationId IS NULL OR forum.organisationId = ANY(:orgs::uuid[]))', {
              orgs: actor.organisationIds,
            });
        }),
      );
    }
    const filter = args.filter ?? {};
    if (filter.forumId)
      qb.andWhere('forum.id = :forumId', { forumId: isUuid(filter.forumId) ? filter.forumId.toLowerCase() : NO_MATCH });
    if (filter.forumKinds?.length) qb.andWhere('forum.kind IN (:...kinds)', { kinds: filter.forumKinds });
    if (filter.status) qb.andWhere('meeting.status = :status', { status: filter.status });
    return calendarPage(qb, args);
  },

  async plans(_: unknown, args: PageArgs & { filter?: PlanFilter | null }, ctx: RequestContext) {
    const partnershipId = requirePartnership(requireActor(ctx.actor));
    const qb = ctx.dataSource
      .getRepository(PlanEntity)
      .createQueryBuilder('plan')
      .where('plan.partnershipId = :partnershipId', { partnershipId });
    const filter = args.filter ?? {};
    if (filter.reviewOverdue === true) qb.andWhere('plan.reviewOn < :today', { today: calendarDate() });
    if (filter.reviewOverdue === false) qb.andWhere('plan.reviewOn >= :today', { today: calendarDate() });
    if (filter.kind) qb.andWhere('plan.kind = :kind', { kind: filter.kind });
    return keysetPage(qb, args);
  },
};
