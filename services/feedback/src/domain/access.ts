import { Actor, hasRole, isStaff, sharesOrganisation } from '@voicegraph/platform';

/** The parts of a consultation (from the projection) that decide who may act on its feedback. */
export interface ConsultationScope {
  partnershipId: string;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
}

const organisationsOf = (c: ConsultationScope): string[] => [c.leadOrganisationId, ...c.partnerOrganisationIds];

/** Staff of the lead or a partner organisation, or a partnership admin of its partnership. */
export function canManageFeedback(actor: Actor | null, consultation: ConsultationScope): boolean {
  if (!actor || !isStaff(actor) || actor.partnershipId !== consultation.partnershipId) return false;
  return hasRole(actor, 'PARTNERSHIP_ADMIN') || sharesOrganisation(actor, organisationsOf(consultation));
}

/** Analysts of the partnership see outcomes and obligations (no personal data in them). */
export function isPartnershipAnalyst(actor: Actor | null, partnershipId: string): boolean {
  return hasRole(actor, 'ANALYST') && actor!.partnershipId === partnershipId;
}

/**
 * Published outcomes are public. Unpublished ones: the consultation's staff, analysts of the
 * partnership, and the young people who took part (it is their own views' outcome).
 */
export function canSeeOutcome(
  actor: Actor | null,
  outcome: { published: boolean },
  consultation: ConsultationScope | null,
  tookPart: boolean,
): boolean {
  if (outcome.published) return true;
  if (!actor || !consultation) return false;
  return (
    canManageFeedback(actor, consultation) ||
    isPartnershipAnalyst(actor, consultation.partnershipId) ||
    (tookPart && actor.partnershipId === consultation.partnershipId)
  );
}

/** Obligations: the consultation's staff, analysts of the partnership, and its participants. */
export function canSeeObligation(actor: Actor | null, consultation: ConsultationScope, tookPart: boolean): boolean {
  if (!actor) return false;
  return canManageFeedback(actor, consultation) || isPartnershipAnalyst(actor, consultation.partnershipId) || tookPart;
}

/** Voice-check comments: the young person who wrote it and the consultation's staff; never an analyst. */
export function canSeeVoiceCheckComment(
  actor: Actor | null,
  check: { personId: string | null },
  consultation: ConsultationScope,
): boolean {
  if (!actor || hasRole(actor, 'ANALYST')) return false;
  return (check.personId !== null && check.personId === actor.personId) || canManageFeedback(actor, consultation);
}
