import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { createDataSource, migrate } from '../../db/create-data-source';
import { Logger } from '../../logging/logger';
import { ServiceDefinition } from '../service-definition';

/** The service's own schema, connected and migrated (migrations run under an advisory lock). */
export async function openDatabase(
  definition: ServiceDefinition,
  config: ServiceConfig,
  logger: Logger,
): Promise<DataSource> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: config.databasePoolSize,
  });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  return dataSource;
}
