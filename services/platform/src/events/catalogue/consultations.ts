import type {
  ConsultationCancelledV1,
  ConsultationClosedV1,
  ConsultationCreatedV1,
  ConsultationOpenedV1,
  ContributionSubmittedV1,
  ContributionWithdrawnV1,
  FindingRecordedV1,
  ParticipationRecordedV1,
  QuestionAddedV1,
} from '@voicegraph/events';
import { defineEvent } from '../envelope';

/**
 * Events published by the consultations subgraph. No contribution text ever leaves the service;
 * person ids appear only where a consumer must act on them (feedback owed, erasure).
 */
export type LadderLevel =
  'COERCION' | 'EDUCATING' | 'INFORMING' | 'CONSULTING' | 'ENGAGING' | 'CO_DESIGNING' | 'CO_PRODUCING';
export type ParticipationContext = 'INDIVIDUAL' | 'SOCIAL' | 'FORMAL_GROUP';

export type QuestionKind = 'FREE_TEXT' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SCALE';

/** Payload types: generated from schema/events into @voicegraph/events, the one source of truth. */
export type ConsultationCreated = ConsultationCreatedV1;
export type ConsultationOpened = ConsultationOpenedV1;
export type ConsultationClosed = ConsultationClosedV1;
export type ParticipationRecorded = ParticipationRecordedV1;
export type ContributionSubmitted = ContributionSubmittedV1;
export type FindingRecorded = FindingRecordedV1;
export type ConsultationCancelled = ConsultationCancelledV1;
export type QuestionAdded = QuestionAddedV1;
/**
 * A contribution no longer counts and has been deleted: it was submitted at or after the instant
 * its author withdrew participation consent (it reached consultations before the withdrawal
 * did). Consumers that kept anything about it drop it.
 */
export type ContributionWithdrawn = ContributionWithdrawnV1;

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
  ContributionWithdrawn: defineEvent<ContributionWithdrawn>('consultations', 'ContributionWithdrawn', 'contribution'),
} as const;
