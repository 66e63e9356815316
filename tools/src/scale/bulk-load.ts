import type { QueryRunner } from 'typeorm';

/**
 * One service's bulk load in one transaction on one connection: what the migrations made is
 * what the load leaves, only faster to fill.
 *
 * - Secondary indexes (neither unique nor primary) and foreign keys of the service's schema are
 *   dropped first and made again at the end from their own definitions (pg_get_indexdef,
 *   pg_get_constraintdef): an index is built once from sorted rows instead of a row at a time,
 *   and each foreign key is checked in one pass over the table instead of one lookup a row.
 *   Unique and primary keys stay, so a duplicate still fails the load (and ON CONFLICT works).
 * - Nothing waits for the WAL to reach the disk at commit (synchronous_commit off: a crash loses
 *   the seed, which is run again), no statement limit (the role's own is for the service's
 *   requests), memory for sorts, hashes and index builds so they stay off the disk, and no JIT.
 *
 * Any failure rolls all of it back: no schema is ever left without its indexes.
 */
export async function bulkLoad(
  runner: QueryRunner,
  schema: string,
  load: (run: (sql: string) => Promise<void>) => Promise<void>,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  await runner.startTransaction();
  try {
    for (const setting of [
      'synchronous_commit = off',
      "work_mem = '128MB'",
      "maintenance_work_mem = '256MB'",
      // Each statement runs once: compiling it (seconds, for the row counts generate_series suggests) never pays.
      'jit = off',
    ])
      await runner.query(`SET LOCAL ${setting}`);
    const deferred = await deferredObjects(runner, schema);
    for (const fk of deferred.foreignKeys) await runner.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
    for (const index of deferred.indexes) await runner.query(`DROP INDEX ${index.name}`);
    await load(async (sql) => {
      await runner.query(sql);
    });
    const started = Date.now();
    for (const index of deferred.indexes) await runner.query(index.definition);
    for (const fk of deferred.foreignKeys)
      await runner.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    const after = JSON.stringify(await deferredObjects(runner, schema));
    if (after !== JSON.stringify(deferred))
      throw new Error(`${schema}: the indexes and foreign keys made again differ`);
    await runner.commitTransaction();
    log(
      `  ${schema.padEnd(13)} ${`${deferred.indexes.length} indexes and ${deferred.foreignKeys.length} foreign keys made again`.padEnd(50)} ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
  } catch (error) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  }
}

interface Deferred {
  foreignKeys: { table: string; name: string; definition: string }[];
  indexes: { name: string; definition: string }[];
}

async function deferredObjects(runner: QueryRunner, schema: string): Promise<Deferred> {
  const foreignKeys = await runner.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS table, quote_ident(k.conname) AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 ORDER BY 1, 2`,
    [schema],
  );
  const indexes = await runner.query(
    `SELECT format('%I.%I', n.nspname, x.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace
      WHERE n.nspname = $1 AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [schema],
  );
  return { foreignKeys, indexes };
}
