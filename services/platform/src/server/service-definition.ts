import { DocumentNode } from 'graphql';
import { DataSource, DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { ClaimsCheck } from '../auth/claims-check';
import { MigrationClass } from '../db/create-data-source';
import { ServiceConfig, ServiceName } from '../config/service-config';
import { EventSubscription } from '../consumer/on-event';
import { EventDefinition } from '../events/envelope';
import { Logger } from '../logging/logger';

/** A periodic job (e.g. feedback's overdue sweep); runs on every replica, so it must be idempotent. */
export interface ServiceJob {
  name: string;
  everyMs: number;
  run: (deps: { dataSource: DataSource; config: ServiceConfig; logger: Logger }) => Promise<void>;
}

/** Everything a subgraph folder provides; the platform does the rest. */
export interface ServiceDefinition {
  name: ServiceName;
  typeDefs: DocumentNode;
  /** Typed by the service against its generated `Resolvers` (npm run codegen); handed to @apollo/subgraph as they are. */
  resolvers: object;
  entities: TypeOrmOptions['entities'];
  migrations: MigrationClass[];
  /** Events this service emits (their topics are created at start). */
  produces: EventDefinition<unknown>[];
  /** Events this service reacts to, each paired with its handler by `on(event, handler)`. */
  consumes?: EventSubscription[];
  jobs?: ServiceJob[];
  /**
   * Where the service finds a caller's registration (people: its table; others: their projection
   * of people), so the platform refuses tokens whose partnership or organisations contradict it,
   * and callers it has never heard of. Required: every subgraph checks claims.
   */
  claims: ClaimsCheck;
}
