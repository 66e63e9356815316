import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * idempotency_key in every service's schema: a mutation sent with an `Idempotency-Key` header is
 * claimed here before it runs and its answer kept afterwards, so a retry returns that answer and
 * writes nothing (see idempotency/idempotency-plugin.ts).
 */
export class PlatformIdempotencyKeys1765200000000 implements MigrationInterface {
  name = 'PlatformIdempotencyKeys1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = (runner.connection.options as { schema?: string }).schema;
    if (!s) throw new Error('PlatformIdempotencyKeys needs a data source with a schema');
    await runner.query(`
      CREATE TABLE "${s}".idempotency_key (
        actor text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('running', 'done', 'unknown')),
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor, key)
      )`);
    await runner.query(`CREATE INDEX idempotency_key_created ON "${s}".idempotency_key (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = (runner.connection.options as { schema?: string }).schema;
    await runner.query(`DROP TABLE "${s}".idempotency_key`);
  }
}
