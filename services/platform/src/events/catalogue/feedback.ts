import { defineEvent } from '../envelope';

/**
 * Events published by the feedback subgraph. No free text from young people; person ids only
 * where a consumer must act on them (FeedbackSent's recipients, whom a notification service tells).
 */
export type OutcomeStatus = 'RECEIVED' | 'UNDER_CONSIDERATION' | 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';
/** The kinds of limit on what can change (the GraphQL enum BoundaryKind, in platform/sdl/boundary.graphql). */
export const BOUNDARY_KINDS = ['PRACTICAL', 'FINANCIAL', 'LEGAL', 'SAFETY', 'POLITICAL'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];
export type LundyAnswer = 'YES' | 'PARTLY' | 'NO' | 'NOT_SURE';

export interface OutcomeRecorded {
  outcomeId: string;
  findingId: string;
  consultationId: string;
  partnershipId: string;
  decisionId: string | null;
  status: OutcomeStatus;
  /** The status before this change; null when first recorded. Optional: added compatibly. */
  previousStatus?: OutcomeStatus | null;
  boundary: BoundaryKind | null;
  published: boolean;
  recordedAt: string;
}
export interface FeedbackSent {
  feedbackId: string;
  obligationId: string | null;
  consultationId: string;
  partnershipId: string;
  channel: string;
  outcomeIds: string[];
  recipientCount: number;
  /** Who it was sent to, so a notification service can tell each of them (ids only). Optional: added compatibly. */
  recipientIds?: string[];
  sentAt: string;
  onTime: boolean;
}
export interface FeedbackOverdue {
  obligationId: string;
  consultationId: string;
  partnershipId: string;
  dueOn: string;
}
export interface VoiceCheckSubmitted {
  voiceCheckId: string;
  consultationId: string;
  partnershipId: string;
  space: LundyAnswer;
  voice: LundyAnswer;
  audience: LundyAnswer;
  influence: LundyAnswer;
  feltHeard: number;
  submittedAt: string;
}

export const FeedbackEvents = {
  OutcomeRecorded: defineEvent<OutcomeRecorded>('feedback', 'OutcomeRecorded', 'outcome'),
  FeedbackSent: defineEvent<FeedbackSent>('feedback', 'FeedbackSent', 'feedback-message'),
  FeedbackOverdue: defineEvent<FeedbackOverdue>('feedback', 'FeedbackOverdue', 'obligation'),
  VoiceCheckSubmitted: defineEvent<VoiceCheckSubmitted>('feedback', 'VoiceCheckSubmitted', 'voice-check'),
} as const;
