import { RunningService } from '@voicegraph/platform';

/** Records the SQL a running service sends while `during` runs (to prove DataLoader batching). */
export async function queriesDuring(service: RunningService, during: () => Promise<unknown>): Promise<string[]> {
  const logger = service.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    seen.push(query);
    return original(query, parameters, runner);
  };
  try {
    await during();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}
