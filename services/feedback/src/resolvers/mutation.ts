import { RequestContext } from '@voicegraph/platform';
import { recordOutcome, RecordOutcomeInput } from '../commands/record-outcome';
import { sendFeedback, SendFeedbackInput } from '../commands/send-feedback';
import { submitVoiceCheck } from '../commands/submit-voice-check';
import { VoiceCheckFields } from '../domain/voice-check-rules';

type Input<T> = { input: T };

export const Mutation = {
  recordOutcome: (_: unknown, { input }: Input<RecordOutcomeInput>, ctx: RequestContext) => recordOutcome(ctx, input),
  sendFeedback: (_: unknown, { input }: Input<SendFeedbackInput>, ctx: RequestContext) => sendFeedback(ctx, input),
  submitVoiceCheck: (_: unknown, { input }: Input<VoiceCheckFields>, ctx: RequestContext) =>
    submitVoiceCheck(ctx, input),
};
