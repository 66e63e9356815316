import { badUserInput, LundyAnswer, optionalText, requireUuid } from '@voicegraph/platform';

export interface VoiceCheckFields {
  consultationId: string;
  space: LundyAnswer;
  voice: LundyAnswer;
  audience: LundyAnswer;
  influence: LundyAnswer;
  feltHeard: number;
  comment?: string | null;
}

export type ValidVoiceCheck = Omit<VoiceCheckFields, 'comment'> & { comment: string | null };

export function validateVoiceCheck(input: VoiceCheckFields): ValidVoiceCheck {
  const consultationId = requireUuid('consultationId', input.consultationId);
  if (!Number.isInteger(input.feltHeard) || input.feltHeard < 1 || input.feltHeard > 5) {
    throw badUserInput(
      `feltHeard must be a whole number from 1 (not at all) to 5 (completely) (got ${input.feltHeard}).`,
      'feltHeard',
    );
  }
  const comment = optionalText('comment', input.comment, 1000);
  return { ...input, consultationId, comment };
}
