import { Actor, hasRole, isAnalystOnly, sharesOrganisation } from '@voicegraph/platform';

/** The parts of a person that decide who may see them. */
export interface PersonScope {
  id: string;
  partnershipId: string;
  organisationIds: string[];
}

/** Which people a caller may see, as a filter a list query can apply. */
export type Visibility =
  | { kind: 'none' }
  | { kind: 'self'; personId: string }
  | { kind: 'partnership'; partnershipId: string; personId: string }
  | { kind: 'organisations'; partnershipId: string; organisationIds: string[]; personId: string };

export function visibilityFor(actor: Actor): Visibility {
  if (isAnalystOnly(actor)) return { kind: 'none' };
  if (hasRole(actor, 'PARTNERSHIP_ADMIN') && actor.partnershipId) {
    return { kind: 'partnership', partnershipId: actor.partnershipId, personId: actor.personId };
  }
  if (hasRole(actor, 'PRACTITIONER', 'PARTICIPATION_LEAD') && actor.partnershipId) {
    return {
      kind: 'organisations',
      partnershipId: actor.partnershipId,
      organisationIds: actor.organisationIds,
      personId: actor.personId,
    };
  }
  if (hasRole(actor, 'YOUNG_PERSON', 'PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'))
    return { kind: 'self', personId: actor.personId };
  return { kind: 'none' };
}

/** A young person sees themself; staff see people of their organisations; admins their partnership; analysts nobody. */
export function canSeePerson(actor: Actor, person: PersonScope): boolean {
  const visibility = visibilityFor(actor);
  switch (visibility.kind) {
    case 'none':
      return false;
    case 'self':
      return person.id === visibility.personId;
    case 'partnership':
      return person.id === visibility.personId || person.partnershipId === visibility.partnershipId;
    case 'organisations':
      return (
        person.id === visibility.personId ||
        (person.partnershipId === visibility.partnershipId && sharesOrganisation(actor, person.organisationIds))
      );
  }
}

/** Date of birth, contact, cohorts and ethnicity: the person themself, or a participation lead who can see them. */
export function canSeeSensitive(actor: Actor, person: PersonScope): boolean {
  if (actor.personId === person.id && !isAnalystOnly(actor)) return true;
  return (
    hasRole(actor, 'PARTICIPATION_LEAD') &&
    !!actor.partnershipId &&
    person.partnershipId === actor.partnershipId &&
    sharesOrganisation(actor, person.organisationIds)
  );
}

/** Staff who may change a person's record (beyond the person themself). */
export function canManagePerson(actor: Actor, person: PersonScope): boolean {
  if (!hasRole(actor, 'PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN')) return false;
  if (hasRole(actor, 'PARTNERSHIP_ADMIN') && person.partnershipId === actor.partnershipId) return true;
  return person.partnershipId === actor.partnershipId && sharesOrganisation(actor, person.organisationIds);
}

/** Erasure: the person themself, or a participation lead / partnership admin who manages them. */
export function canErase(actor: Actor, person: PersonScope): boolean {
  if (actor.personId === person.id) return true;
  return hasRole(actor, 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN') && canManagePerson(actor, person);
}
