import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import { Actor } from '../auth/actor';
import { ServiceConfig } from '../config/service-config';
import { Loaders } from '../graphql/loaders';
import { Logger } from '../logging/logger';

/** What every resolver receives. Built fresh for each request. */
export interface RequestContext {
  actor: Actor | null;
  dataSource: DataSource;
  loaders: Loaders;
  audit: AuditTrail;
  logger: Logger;
  config: ServiceConfig;
  requestId: string;
  /** The `Idempotency-Key` header, when the caller sent one (see idempotency-plugin.ts). */
  idempotencyKey?: string;
}
