import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * erased_person in every service's schema: keyed hashes of erased people's ids (never the ids),
 * checked before any event about a person is applied, so replays cannot bring them back.
 */
export class PlatformErasureTombstones1764900000000 implements MigrationInterface {
  name = 'PlatformErasureTombstones1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaName(runner);
    await runner.query(`
      CREATE TABLE "${s}".erased_person (
        person_hash text PRIMARY KEY,
        erased_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${schemaName(runner)}".erased_person`);
  }
}

function schemaName(runner: QueryRunner): string {
  const schema = (runner.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('PlatformErasureTombstones needs a data source with a schema');
  return schema;
}
