export const ROLES = ['YOUNG_PERSON', 'PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from a verified token. `personId` is the token's `sub`. */
export interface Actor {
  personId: string;
  roles: Role[];
  partnershipId: string | null;
  organisationIds: string[];
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((role) => roles.includes(role));
}

/** Staff who work with people: practitioners, participation leads and partnership admins. */
export function isStaff(actor: Actor | null): boolean {
  return hasRole(actor, 'PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN');
}

/** An analyst with no other role: aggregates only. */
export function isAnalystOnly(actor: Actor | null): boolean {
  return !!actor && actor.roles.length > 0 && actor.roles.every((role) => role === 'ANALYST');
}

export function sharesOrganisation(actor: Actor, organisationIds: readonly string[]): boolean {
  return organisationIds.some((id) => actor.organisationIds.includes(id));
}
