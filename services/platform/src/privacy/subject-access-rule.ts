import { Actor, hasRole, isAnalystOnly, sharesOrganisation } from '../auth/actor';

/** What a service knows about the person a subject access report is about (null: nothing). */
export interface SubjectScope {
  personId: string;
  partnershipId: string;
  organisationIds: string[];
}

/**
 * Who may have a copy of everything held about a person (UK GDPR art. 15): the person themself,
 * or a participation lead of one of their organisations acting for them or their family. Nobody
 * else, whatever their role: not another young person, a practitioner, an admin or an analyst.
 * Each service applies this rule to what it itself knows about the person.
 */
export function canRequestSubjectAccess(actor: Actor, personId: string, subject: SubjectScope | null): boolean {
  if (actor.personId === personId.toLowerCase() && !isAnalystOnly(actor)) return true;
  if (!subject || !hasRole(actor, 'PARTICIPATION_LEAD') || !actor.partnershipId) return false;
  return subject.partnershipId === actor.partnershipId && sharesOrganisation(actor, subject.organisationIds);
}

/** The one refusal, the same whether or not the person exists, so it reveals nothing about them. */
export const SUBJECT_ACCESS_REFUSED =
  'A subject access report is given only to the person themself or to a participation lead of their organisation. Ask their participation lead, or your data protection officer.';
