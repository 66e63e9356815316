import { buildSubgraphServer, createLogger, Logger } from '@voicegraph/platform';
import { consultationsService } from './service';

/** Builds the consultations schema and Apollo server without side effects (nothing listens or connects). */
export function buildConsultationsServer(logger: Logger = createLogger('consultations')) {
  return buildSubgraphServer(consultationsService, logger);
}
