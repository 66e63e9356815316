import { Actor, badUserInput, forbidden, requireUuid } from '@voicegraph/platform';
import { EntityManager, In } from 'typeorm';
import {
  ConsultationProjectionEntity,
  FindingProjectionEntity,
  OrganisationProjectionEntity,
  PersonProjectionEntity,
} from '../entities';
import { canGovern } from '../domain/access';

/**
 * Checks ids against the projections fed by people's and consultations' events. Anything unknown,
 * or of another partnership, is BAD_USER_INPUT naming the id (and never saying which partnership).
 */
export async function peopleOfPartnership(
  tx: EntityManager,
  field: string,
  ids: string[],
  partnershipId: string,
): Promise<PersonProjectionEntity[]> {
  const wanted = [...new Set(ids.map((id) => requireUuid(field, id)))];
  if (wanted.length === 0) return [];
  const found = await tx.find(PersonProjectionEntity, { where: { personId: In(wanted) } });
  for (const id of wanted) {
    const person = found.find((p) => p.personId === id);
    if (!person || person.partnershipId !== partnershipId) {
      throw badUserInput(
        `Person ${id} is not registered in your partnership; register them in the people service first (it can take a moment to reach governance).`,
        field,
      );
    }
  }
  return wanted.map((id) => found.find((p) => p.personId === id)!);
}

export async function organisationOfPartnership(
  tx: EntityManager,
  field: string,
  id: string,
  partnershipId: string,
): Promise<string> {
  const organisationId = requireUuid(field, id);
  const found = await tx.findOneBy(OrganisationProjectionEntity, { organisationId });
  if (!found || found.partnershipId !== partnershipId)
    throw badUserInput(`Organisation ${organisationId} is not an organisation of your partnership.`, field);
  return organisationId;
}

/**
 * The organisation a new forum or plan belongs to (none: the partnership's own), checked as one of
 * the partnership's, and that the caller may govern there; `what` names what a refusal is about
 * ("forums", "plans").
 */
export async function governedOrganisation(
  tx: EntityManager,
  actor: Actor,
  partnershipId: string,
  requested: string | null | undefined,
  what: string,
): Promise<string | null> {
  const organisationId = requested
    ? await organisationOfPartnership(tx, 'organisationId', requested, partnershipId)
    : null;
  if (!canGovern(actor, partnershipId, organisationId))
    throw forbidden(`A participation lead can create ${what} for their own organisations or the partnership only.`);
  return organisationId;
}

export async function findingsOfPartnership(
  tx: EntityManager,
  field: string,
  ids: string[],
  partnershipId: string,
): Promise<FindingProjectionEntity[]> {
  const wanted = [...new Set(ids.map((id) => requireUuid(field, id)))];
  if (wanted.length === 0) return [];
  const found = await tx.find(FindingProjectionEntity, { where: { findingId: In(wanted) } });
  for (const id of wanted) {
    const finding = found.find((f) => f.findingId === id);
    if (!finding || finding.partnershipId !== partnershipId)
      throw badUserInput(
        `Finding ${id} does not exist in your partnership; cite findings recorded in its consultations.`,
        field,
      );
  }
  return wanted.map((id) => found.find((f) => f.findingId === id)!);
}

export async function consultationsOfPartnership(
  tx: EntityManager,
  field: string,
  ids: string[],
  partnershipId: string,
): Promise<string[]> {
  const wanted = [...new Set(ids.map((id) => requireUuid(field, id)))];
  if (wanted.length === 0) return [];
  const found = await tx.find(ConsultationProjectionEntity, { where: { consultationId: In(wanted) } });
  for (const id of wanted) {
    const consultation = found.find((c) => c.consultationId === id);
    if (!consultation || consultation.partnershipId !== partnershipId)
      throw badUserInput(`Consultation ${id} does not exist in your partnership.`, field);
  }
  return wanted;
}
