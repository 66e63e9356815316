import { Actor, badUserInput, forbidden, hasRole, notFound, PersonKind, requireUuid } from '@voicegraph/platform';
import { EntityManager, In } from 'typeorm';
import { OrganisationEntity } from '../entities';

/**
 * Checks a list of organisation ids for a person's memberships: each exists, each is in the
 * caller's partnership, and a practitioner or lead (not an admin) belongs to each. Only a
 * partnership admin may leave a member of staff with none: partnership admins and analysts
 * work for the whole partnership, and their registration (no organisations) is what their
 * sign-in's claims are checked against (docs/privacy.md#token-claims).
 */
export async function organisationsInPartnership(
  tx: EntityManager,
  actor: Actor,
  partnershipId: string,
  ids: string[],
  kind: PersonKind,
): Promise<string[]> {
  const wanted = [...new Set(ids.map((id) => requireUuid('organisationIds', id)))];
  if (wanted.length === 0 && kind === 'STAFF' && hasRole(actor, 'PARTNERSHIP_ADMIN')) return [];
  if (wanted.length === 0)
    throw badUserInput(
      'organisationIds must name at least one organisation, so someone can support this person.',
      'organisationIds',
    );
  const found = await tx.find(OrganisationEntity, { where: { id: In(wanted) } });
  for (const id of wanted) {
    const organisation = found.find((o) => o.id === id);
    if (!organisation) throw notFound('organisation', id);
    if (organisation.partnershipId !== partnershipId) {
      throw badUserInput(
        `Organisation ${id} belongs to another partnership; a person can only join organisations of their own partnership.`,
        'organisationIds',
      );
    }
    if (!hasRole(actor, 'PARTNERSHIP_ADMIN') && !actor.organisationIds.includes(id)) {
      throw forbidden(`You are not a member of organisation ${id}, so you cannot add people to it.`);
    }
  }
  return wanted;
}
