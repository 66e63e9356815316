import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { Logger } from '../../logging/logger';
import { ServiceJob } from '../service-definition';
import { forgetExpiredIdempotencyKeys } from '../../idempotency/idempotency-plugin';

/** Runs each job on its interval (a failure is logged, the next run tries again); returns how to stop them. */
export function startJobs(
  jobs: ServiceJob[],
  dataSource: DataSource,
  config: ServiceConfig,
  logger: Logger,
  schema: string,
): () => void {
  const timers = jobs.map((job) =>
    setInterval(() => {
      job
        .run({ dataSource, config, logger })
        .catch((error: Error) => logger.error({ job: job.name, err: error.message }, 'job failed'));
    }, job.everyMs),
  );
  // Answers kept for retries are forgotten once no retry can still come (IDEMPOTENCY_TTL_HOURS).
  const forgetKeys = setInterval(() => {
    forgetExpiredIdempotencyKeys(dataSource, schema).catch((error: Error) =>
      logger.warn({ err: error.message }, 'could not forget expired idempotency keys'),
    );
  }, 3_600_000).unref();
  return () => {
    timers.forEach(clearInterval);
    clearInterval(forgetKeys);
  };
}
