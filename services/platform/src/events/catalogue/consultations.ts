import { defineEvent } from '../envelope';
import type { AgeBand, Cohort } from './people';

/**
 * Events published by the consultations subgraph. No contribution text ever leaves the service;
 * person ids appear only where a consumer must act on them (feedback owed, erasure).
 */
export type LadderLevel =
  'COERCION' | 'EDUCATING' | 'INFORMING' | 'CONSULTING' | 'ENGAGING' | 'CO_DESIGNING' | 'CO_PRODUCING';
export type ParticipationContext = 'INDIVIDUAL' | 'SOCIAL' | 'FORMAL_GROUP';

export interface ConsultationCreated {
  consultationId: string;
  partnershipId: string;
  leadOrganisationId: string;
  partnerOrganisationIds: string[];
  title: string;
  kind: string;
  ladderLevel: LadderLevel;
  context: ParticipationContext;
  mode: string;
  themes: string[];
  targetCohorts: Cohort[];
  targetAgeBands: AgeBand[];
  opensAt: string | null;
  closesAt: string | null;
}
export interface ConsultationOpened {
  consultationId: string;
  partnershipId: string;
  openedAt: string;
}
export interface ConsultationClosed {
  consultationId: string;
  partnershipId: string;
  leadOrganisationId: string;
  closedAt: string;
  /** How many people took part (a count, for feedback planning). */
  participantCount: number;
}
export interface ParticipationRecorded {
  participationId: string;
  consultationId: string;
  partnershipId: string;
  personId: string;
  role: string;
  attendedAt: string;
}
export interface ContributionSubmitted {
  contributionId: string;
  consultationId: string;
  partnershipId: string;
  /** Null when the contribution is anonymous. */
  personId: string | null;
  questionId: string | null;
  anonymous: boolean;
  submittedAt: string;
}
export interface FindingRecorded {
  findingId: string;
  consultationId: string;
  partnershipId: string;
  title: string;
  contributionIds: string[];
}

export interface ConsultationCancelled {
  consultationId: string;
  partnershipId: string;
  leadOrganisationId: string;
  previousStatus: 'DRAFT' | 'OPEN';
  cancelledAt: string;
}
export type QuestionKind = 'FREE_TEXT' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE';
export interface QuestionAdded {
  questionId: string;
  consultationId: string;
  partnershipId: string;
  kind: QuestionKind;
  /** Staff's wording, never a young person's. */
  prompt: string;
  position: number;
}

export const ConsultationEvents = {
  ConsultationCreated: defineEvent<ConsultationCreated>('consultations', 'ConsultationCreated', 'consultation'),
  ConsultationOpened: defineEvent<ConsultationOpened>('consultations', 'ConsultationOpened', 'consultation'),
  ConsultationClosed: defineEvent<ConsultationClosed>('consultations', 'ConsultationClosed', 'consultation'),
  ConsultationCancelled: defineEvent<ConsultationCancelled>('consultations', 'ConsultationCancelled', 'consultation'),
  // Keyed by the consultation, on its topic: a question stays in order with its consultation.
  QuestionAdded: defineEvent<QuestionAdded>('consultations', 'QuestionAdded', 'consultation'),
  ParticipationRecorded: defineEvent<ParticipationRecorded>('consultations', 'ParticipationRecorded', 'participation'),
  ContributionSubmitted: defineEvent<ContributionSubmitted>('consultations', 'ContributionSubmitted', 'contribution'),
  FindingRecorded: defineEvent<FindingRecorded>('consultations', 'FindingRecorded', 'finding'),
} as const;
