import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { Logger } from '../../logging/logger';
import { ServiceJob } from '../service-definition';

/** Runs each job on its interval (a failure is logged, the next run tries again); returns how to stop them. */
export function startJobs(
  jobs: ServiceJob[],
  dataSource: DataSource,
  config: ServiceConfig,
  logger: Logger,
): () => void {
  const timers = jobs.map((job) =>
    setInterval(() => {
      job
        .run({ dataSource, config, logger })
        .catch((error: Error) => logger.error({ job: job.name, err: error.message }, 'job failed'));
    }, job.everyMs),
  );
  return () => timers.forEach(clearInterval);
}
