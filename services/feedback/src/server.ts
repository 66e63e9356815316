import { buildSubgraphServer, createLogger, Logger } from '@voicegraph/platform';
import { feedbackService } from './service';

/** Builds the feedback schema and Apollo server without side effects (nothing listens or connects). */
export function buildFeedbackServer(logger: Logger = createLogger('feedback')) {
  return buildSubgraphServer(feedbackService, logger);
}
