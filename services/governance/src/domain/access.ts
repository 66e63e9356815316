import { Actor, hasRole, isStaff } from '@voicegraph/platform';

/** The parts of a forum that decide who may see and run it. */
export interface ForumScope {
  partnershipId: string;
  /** Null when the partnership itself owns the forum. */
  organisationId: string | null;
}

/** Decisions, plans and forums' names are readable by anyone whose token names their partnership. */
export function inPartnership(actor: Actor | null, partnershipId: string): boolean {
  return !!actor && actor.partnershipId === partnershipId;
}

/** Staff of the owning organisation; for a partnership-owned forum, staff of any partner. Admins always. */
export function isForumStaff(actor: Actor, forum: ForumScope): boolean {
  if (!inPartnership(actor, forum.partnershipId)) return false;
  if (hasRole(actor, 'PARTNERSHIP_ADMIN')) return true;
  if (!isStaff(actor)) return false;
  return forum.organisationId === null || actor.organisationIds.includes(forum.organisationId);
}

/** A forum's business (seats, meetings, agendas, attendance): its members and its staff. */
export function seesForumBusiness(actor: Actor | null, forum: ForumScope, isMember: boolean): boolean {
  if (!actor || !inPartnership(actor, forum.partnershipId)) return false;
  return isMember || isForumStaff(actor, forum);
}

/** Creating forums, seats and plans: participation leads and partnership admins (leads for their own organisations). */
export function canGovern(actor: Actor, partnershipId: string, organisationId: string | null): boolean {
  if (!inPartnership(actor, partnershipId)) return false;
  if (hasRole(actor, 'PARTNERSHIP_ADMIN')) return true;
  if (!hasRole(actor, 'PARTICIPATION_LEAD')) return false;
  return organisationId === null || actor.organisationIds.includes(organisationId);
}

/** Scheduling meetings and recording decisions and attendance: the forum's staff or its chair. */
export function canRunForum(actor: Actor, forum: ForumScope, isChair: boolean): boolean {
  return inPartnership(actor, forum.partnershipId) && (isChair || isForumStaff(actor, forum));
}
