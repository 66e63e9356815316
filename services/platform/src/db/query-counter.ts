import { Logger as TypeOrmLogger } from 'typeorm';
import { sqlErrors, sqlStatements } from '../metrics/registry';

/**
 * A TypeORM logger that only counts, into voicegraph_sql_statements_total and
 * voicegraph_sql_errors_total labelled by schema: no formatting, no output. createDataSource
 * installs it, so every query (repositories, query builders, raw `query`, transactions) is counted.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  private readonly statements;
  private readonly errors;

  constructor(service: string) {
    // Bound once: incrementing a labelled child is a plain addition per statement.
    this.statements = sqlStatements.labels({ service });
    this.errors = sqlErrors.labels({ service });
  }

  logQuery(): void {
    this.statements.inc();
  }

  logQueryError(): void {
    this.errors.inc();
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
