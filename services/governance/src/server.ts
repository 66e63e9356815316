import { buildSubgraphServer, createLogger, Logger } from '@voicegraph/platform';
import { governanceService } from './service';

/** Builds the governance schema and Apollo server without side effects (nothing listens or connects). */
export function buildGovernanceServer(logger: Logger = createLogger('governance')) {
  return buildSubgraphServer(governanceService, logger);
}
