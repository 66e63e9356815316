import { Env, EnvReader } from '@voicegraph/platform';

export interface FeedbackSettings {
  /** Days after a consultation closes by which feedback is due (FEEDBACK_DUE_DAYS, default 28). */
  dueDays: number;
}

export const DEFAULT_FEEDBACK_DUE_DAYS = 28;

/** Reads feedback's own settings; throws a ConfigError naming FEEDBACK_DUE_DAYS when it is not 1..365. */
export function readFeedbackSettings(env: Env): FeedbackSettings {
  const reader = new EnvReader(env);
  const dueDays = reader.int('FEEDBACK_DUE_DAYS', DEFAULT_FEEDBACK_DUE_DAYS, 1, 365);
  reader.done();
  return { dueDays };
}
