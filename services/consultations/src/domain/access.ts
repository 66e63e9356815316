import { Actor, AgeBand, Cohort, hasRole, isStaff, sharesOrganisation } from '@voicegraph/platform';
import type { ConsultationStatus } from './consultation-rules';

/** The parts of a consultation that decide who may see and manage it. */
export interface ConsultationScope {
  partnershipId: string;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  status: ConsultationStatus;
  targetCohorts: Cohort[];
  targetAgeBands: AgeBand[];
}

/** What the projection says about a young person viewing consultations. */
export interface Viewer {
  cohorts: Cohort[];
  ageBand: AgeBand;
}

export const organisationsOf = (c: ConsultationScope): string[] => [c.leadOrganisationId, ...c.partnerOrganisationIds];

/** Staff of the lead or a partner organisation, in its partnership, manage it and read its contributions. */
export function canManage(actor: Actor, c: ConsultationScope): boolean {
  return isStaff(actor) && actor.partnershipId === c.partnershipId && sharesOrganisation(actor, organisationsOf(c));
}

/** Targeting: no cohorts and no age bands means everyone; otherwise each given list must match. */
export function isMeantFor(c: Pick<ConsultationScope, 'targetCohorts' | 'targetAgeBands'>, viewer: Viewer): boolean {
  const cohortMatch = c.targetCohorts.length === 0 || c.targetCohorts.some((cohort) => viewer.cohorts.includes(cohort));
  const ageMatch = c.targetAgeBands.length === 0 || c.targetAgeBands.includes(viewer.ageBand);
  return cohortMatch && ageMatch;
}

/**
 * Which consultations a caller sees, as a rule a list query can apply:
 * staff and analysts see their partnership's non-draft ones (plus drafts they manage);
 * young people see OPEN ones meant for them, plus any they took part in.
 */
export type ConsultationVisibility =
  | { kind: 'none' }
  | { kind: 'partnership'; partnershipId: string; organisationIds: string[] }
  | { kind: 'youngPerson'; partnershipId: string; personId: string };

export function consultationVisibility(actor: Actor): ConsultationVisibility {
  if (!actor.partnershipId) return { kind: 'none' };
  if (isStaff(actor) || hasRole(actor, 'ANALYST')) {
    return {
      kind: 'partnership',
      partnershipId: actor.partnershipId,
      organisationIds: isStaff(actor) ? actor.organisationIds : [],
    };
  }
  if (hasRole(actor, 'YOUNG_PERSON'))
    return { kind: 'youngPerson', partnershipId: actor.partnershipId, personId: actor.personId };
  return { kind: 'none' };
}

export function canSeeConsultation(actor: Actor, c: ConsultationScope, viewer: Viewer, tookPart: boolean): boolean {
  const visibility = consultationVisibility(actor);
  if (visibility.kind === 'none' || c.partnershipId !== visibility.partnershipId) return false;
  if (visibility.kind === 'partnership') return c.status !== 'DRAFT' || canManage(actor, c);
  return tookPart || (c.status === 'OPEN' && isMeantFor(c, viewer));
}

/** The parts of a contribution that decide who reads it. */
export interface ContributionScope {
  personId: string | null;
  anonymous: boolean;
}

/** Its author, or staff managing the consultation; never an analyst (who is not staff). */
export function canReadContribution(actor: Actor, contribution: ContributionScope, c: ConsultationScope): boolean {
  return isAuthor(actor, contribution) || canManage(actor, c);
}

/** An anonymous contribution's author is visible to nobody but themself. */
export function canSeeAuthor(actor: Actor, contribution: ContributionScope, c: ConsultationScope): boolean {
  if (contribution.personId === null) return false;
  return isAuthor(actor, contribution) || (!contribution.anonymous && canManage(actor, c));
}

export const isAuthor = (actor: Actor, contribution: ContributionScope): boolean =>
  contribution.personId !== null && contribution.personId === actor.personId;

/** A participation: the person themself, or staff managing the consultation. */
export function canSeeParticipation(
  actor: Actor,
  participation: { personId: string | null },
  c: ConsultationScope,
): boolean {
  return (participation.personId !== null && participation.personId === actor.personId) || canManage(actor, c);
}
