import { forbidden, unauthenticated } from '../errors/errors';
import { Actor, hasRole, Role } from './actor';

/** The caller, or UNAUTHENTICATED. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** The caller holding one of `roles`, or FORBIDDEN naming them. */
export function requireRole(actor: Actor | null, roles: Role[], action: string): Actor {
  const caller = requireActor(actor);
  if (!hasRole(caller, ...roles)) {
    throw forbidden(`To ${action} you need one of these roles: ${roles.join(', ')}.`);
  }
  return caller;
}

/** The caller's partnership, or FORBIDDEN when the token names none. */
export function requirePartnership(actor: Actor): string {
  if (!actor.partnershipId) throw forbidden('Your token names no partnership; ask your partnership admin for access.');
  return actor.partnershipId;
}
