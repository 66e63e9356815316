import { Actor, hasRole, isAnalystOnly, sharesOrganisation } from './actor';

/** What a service knows about a person (its projection of people) that decides who may see them. */
export interface PersonMembership {
  partnershipId: string;
  organisationIds: readonly string[];
}

/**
 * Whether `actor` may see anything about person `personId` — people's own rule (people's
 * domain/access.ts canSeePerson), for services that hold a projection of people: themself;
 * staff of one of their organisations; a partnership admin of their partnership; never an
 * analyst. A service that answers about a person someone cannot see (an id, a seat, an error
 * saying they exist, have consent or already took part) leaks what people's rule withholds.
 * `membership` null (the projection does not know them) is seen by no one but themself.
 */
export function canSeePersonAs(actor: Actor | null, personId: string, membership: PersonMembership | null): boolean {
  if (!actor || isAnalystOnly(actor)) return false;
  if (actor.personId === personId) return true;
  if (!membership || !actor.partnershipId || membership.partnershipId !== actor.partnershipId) return false;
  if (hasRole(actor, 'PARTNERSHIP_ADMIN')) return true;
  return hasRole(actor, 'PRACTITIONER', 'PARTICIPATION_LEAD') && sharesOrganisation(actor, membership.organisationIds);
}
