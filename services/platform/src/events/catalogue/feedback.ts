import type { FeedbackOverdueV1, FeedbackSentV1, OutcomeRecordedV1, VoiceCheckSubmittedV1 } from '@voicegraph/events';
import { defineEvent } from '../envelope';

/**
 * Events published by the feedback subgraph. No free text from young people; person ids only
 * where a consumer must act on them (FeedbackSent's recipients, whom a notification service tells).
 */
export type OutcomeStatus = 'RECEIVED' | 'UNDER_CONSIDERATION' | 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';
/** The kinds of limit on what can change (the GraphQL enum BoundaryKind, in platform/sdl/boundary.graphql). */
/** Payload types: generated from schema/events into @voicegraph/events, the one source of truth. */
export type OutcomeRecorded = OutcomeRecordedV1;
export type FeedbackSent = FeedbackSentV1;
export type FeedbackOverdue = FeedbackOverdueV1;
export type VoiceCheckSubmitted = VoiceCheckSubmittedV1;

export const BOUNDARY_KINDS = ['PRACTICAL', 'FINANCIAL', 'LEGAL', 'SAFETY', 'POLITICAL'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];
export type LundyAnswer = 'YES' | 'PARTLY' | 'NO' | 'NOT_SURE';

export const FeedbackEvents = {
  OutcomeRecorded: defineEvent<OutcomeRecorded>('feedback', 'OutcomeRecorded', 'outcome'),
  FeedbackSent: defineEvent<FeedbackSent>('feedback', 'FeedbackSent', 'feedback-message'),
  FeedbackOverdue: defineEvent<FeedbackOverdue>('feedback', 'FeedbackOverdue', 'obligation'),
  VoiceCheckSubmitted: defineEvent<VoiceCheckSubmitted>('feedback', 'VoiceCheckSubmitted', 'voice-check'),
} as const;
