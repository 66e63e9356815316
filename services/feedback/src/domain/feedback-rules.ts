import { badUserInput, requireText, requireUuid } from '@voicegraph/platform';

/** Clocks differ a little; a sentAt up to a minute ahead is treated as now. */
const CLOCK_SKEW_MS = 60_000;

export interface FeedbackFields {
  consultationId: string;
  text: string;
  outcomeIds?: string[] | null;
  sentAt?: Date | null;
}

export interface ValidFeedback {
  consultationId: string;
  text: string;
  outcomeIds: string[];
  sentAt: Date;
}

export function validateFeedback(input: FeedbackFields, now = new Date()): ValidFeedback {
  const consultationId = requireUuid('consultationId', input.consultationId);
  const text = requireText('text', input.text, 5000);
  const outcomeIds = [...new Set((input.outcomeIds ?? []).map((id) => requireUuid('outcomeIds', id)))];
  const sentAt = input.sentAt ?? now;
  if (sentAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw badUserInput('sentAt must not be in the future: record feedback once it has been sent.', 'sentAt');
  return { consultationId, text, outcomeIds, sentAt: sentAt.getTime() > now.getTime() ? now : sentAt };
}
