import { QueryRunner } from 'typeorm';
import { OutboxRow, qualified } from './outbox-row';

interface Blocker {
  key: string;
  first_foreign: string;
}

/**
 * Locks up to `limit` outbox rows (all unsent: sent rows are deleted) (FOR UPDATE SKIP LOCKED, so relays can run side by side)
 * and keeps, per aggregate key, only the rows before the first earlier-or-interleaved unsent
 * row that another relay holds: an aggregate's events are published strictly in order.
 * Must run inside the caller's transaction; the locks last until it ends.
 */
export async function claimBatch(runner: QueryRunner, schema: string, limit: number): Promise<OutboxRow[]> {
  const outbox = qualified(schema, 'outbox');
  const claimed: OutboxRow[] = await runner.query(
    // Qualified `o.id`: a bare `ORDER BY id` would sort by the text alias ('10' < '2').
    `SELECT o.id::text AS id, o.topic, o.key, o.envelope::text AS envelope, o.envelope->>'type' AS type, o.envelope->>'id' AS "eventId",
            o.envelope->>'traceparent' AS traceparent, o.envelope->>'tracestate' AS tracestate
       FROM ${outbox} o
      ORDER BY o.id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  if (claimed.length === 0) return [];
  const keys = [...new Set(claimed.map((row) => row.key))];
  const blockers: Blocker[] = await runner.query(
    `SELECT key, min(id)::text AS first_foreign FROM ${outbox}
      WHERE key = ANY($1) AND NOT (id = ANY($2::bigint[]))
      GROUP BY key`,
    [keys, claimed.map((row) => row.id)],
  );
  return keepOrderedPrefix(claimed, blockers);
}

/** Pure: drops each key's rows from the first one that comes after a row held elsewhere. */
export function keepOrderedPrefix(claimed: OutboxRow[], blockers: Blocker[]): OutboxRow[] {
  const firstForeign = new Map(blockers.map((b) => [b.key, BigInt(b.first_foreign)]));
  return claimed.filter((row) => {
    const blocker = firstForeign.get(row.key);
    return blocker === undefined || BigInt(row.id) < blocker;
  });
}
