import { RunningService } from '@voicegraph/platform';
import { DataSource } from 'typeorm';

/** Tables the platform's machinery changes on its own time: the relay empties the outbox, consumers fill the inbox. */
const MACHINERY = ['outbox', 'inbox', 'dead_letter'];

/** Every base table of a schema, read from the database itself so a new table is never forgotten. */
export async function tablesOf(dataSource: DataSource, schema: string): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  );
  return rows.map((r) => r.table_name);
}

/** The number of rows in each table of a schema (all of them unless `only` says which). */
export async function rowCounts(
  dataSource: DataSource,
  schema: string,
  only: (table: string) => boolean = () => true,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of (await tablesOf(dataSource, schema)).filter(only)) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}"`);
    counts[table] = n;
  }
  return counts;
}

/** Tables a service fills from other services' events (its `*ProjectionEntity` entities). */
function projectionTables(service: RunningService): string[] {
  return service.dataSource.entityMetadatas
    .filter((m) => typeof m.target === 'function' && m.target.name.endsWith('ProjectionEntity'))
    .map((m) => m.tableName);
}

/**
 * What a mutation could have written: the row count of every table the service's own commands
 * write (audit log included), so a refused mutation can be shown to write nothing. Left out are
 * the tables that change on their own time — projections (events arrive whenever they do), the
 * outbox, inbox and dead letters, and `consumerKept`: tables a consumer keeps that are not
 * projection entities (a summary of a projection).
 */
export async function footprint(service: RunningService, consumerKept: string[] = []): Promise<Record<string, number>> {
  const skip = new Set([...MACHINERY, ...projectionTables(service), ...consumerKept]);
  const counts = await rowCounts(service.dataSource, service.name, (table) => !skip.has(table));
  if (!('audit_log' in counts)) throw new Error(`footprint(${service.name}): no audit_log table in its schema`);
  return counts;
}

/** Every row of every table of the service's schema, as text, each line `table: row`. */
export async function dumpSchema(service: RunningService): Promise<string> {
  const lines: string[] = [];
  const tables = await tablesOf(service.dataSource, service.name);
  if (!tables.includes('audit_log')) throw new Error(`dumpSchema(${service.name}): the schema has no tables yet`);
  for (const table of tables) {
    const rows: { row: string }[] = await service.dataSource.query(
      `SELECT t::text AS row FROM "${service.name}"."${table}" t`,
    );
    lines.push(...rows.map((r) => `${table}: ${r.row}`));
  }
  return lines.join('\n');
}

/**
 * Every place in a schema where any of `needles` still appears, searching every column of
 * every table as text (ids, names, JSON payloads alike). Empty means the person is gone.
 */
export async function leftoversOf(dataSource: DataSource, schema: string, needles: string[]): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = $1`,
    [schema],
  );
  if (columns.length === 0) throw new Error(`leftoversOf(${schema}): the schema has no tables`);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE $1`,
        [`%${needle}%`],
      );
      if (n > 0) found.push(`${schema}.${table}.${column} holds "${needle}" (${n} rows)`);
    }
  }
  return found;
}
