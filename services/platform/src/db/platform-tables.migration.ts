import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables every service has in its own schema: outbox (with a NOTIFY trigger), inbox,
 * dead_letter and audit_log. The schema comes from the data source, so one migration serves all.
 */
export class PlatformTables1763800000000 implements MigrationInterface {
  name = 'PlatformTables1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaName(runner);
    await runner.query(`
      CREATE TABLE "${s}".outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        event_type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX outbox_key ON "${s}".outbox (key, id)`);
    await runner.query(`
      CREATE FUNCTION "${s}".notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${s}_outbox', ''); RETURN NULL; END $$`);
    await runner.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON "${s}".outbox
      FOR EACH STATEMENT EXECUTE FUNCTION "${s}".notify_outbox()`);
    await runner.query(`
      CREATE TABLE "${s}".inbox (
        event_id uuid PRIMARY KEY,
        event_type text NOT NULL,
        source text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE "${s}".dead_letter (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" text NOT NULL,
        event_id uuid,
        payload text NOT NULL,
        error text NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE "${s}".audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL,
        entity text NOT NULL,
        entity_id uuid,
        fields text[] NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX audit_log_entity ON "${s}".audit_log (entity, entity_id)`);
    await runner.query(`CREATE INDEX audit_log_actor ON "${s}".audit_log (actor_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaName(runner);
    for (const table of ['audit_log', 'dead_letter', 'inbox', 'outbox'])
      await runner.query(`DROP TABLE "${s}".${table}`);
    await runner.query(`DROP FUNCTION "${s}".notify_outbox()`);
  }
}

function schemaName(runner: QueryRunner): string {
  const schema = (runner.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('PlatformTables needs a data source with a schema');
  return schema;
}
