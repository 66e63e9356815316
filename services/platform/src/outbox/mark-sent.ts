import { QueryRunner } from 'typeorm';
import { OutboxRow, qualified } from './outbox-row';

/**
 * Removes published rows, in the transaction that claimed them. Kafka is the log; the outbox
 * only holds what is not yet published (which also keeps erased people's ids out of it).
 */
export async function markSent(runner: QueryRunner, schema: string, rows: OutboxRow[]): Promise<void> {
  await runner.query(`DELETE FROM ${qualified(schema, 'outbox')} WHERE id = ANY($1::bigint[])`, [
    rows.map((r) => r.id),
  ]);
}
