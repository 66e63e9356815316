import { createLogger, Logger } from '@voicegraph/platform';
import { buildSubgraphServer } from '@voicegraph/platform';
import { peopleService } from './service';

/** Builds the people schema and Apollo server without side effects (nothing listens or connects). */
export function buildPeopleServer(logger: Logger = createLogger('people')) {
  return buildSubgraphServer(peopleService, logger);
}
