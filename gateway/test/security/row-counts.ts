import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { SERVICE_NAMES } from '@voicegraph/platform';
import { waitFor } from '@voicegraph/testkit';

/**
 * Rows in every table of the four service schemas (the gateway's rate-limit counters aside),
 * read as the superuser: what "nothing was written" is checked against.
 */
export async function rowCounts(): Promise<Record<string, number>> {
  const url = new URL(process.env.DATABASE_ADMIN_URL!);
  url.pathname = `/${process.env.VOICEGRAPH_TEST_DATABASE!}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const tables: { schema: string; name: string }[] = (
      await db.query(
        `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
         WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
        [[...SERVICE_NAMES]],
      )
    ).rows;
    const counts: Record<string, number> = {};
    for (const { schema, name } of tables)
      counts[`${schema}.${name}`] = (await db.query(`SELECT count(*)::int AS n FROM "${schema}"."${name}"`)).rows[0].n;
    return counts;
  } finally {
    await db.end();
  }
}

/** Row counts once the relays and consumers have settled (two reads a second apart agree; the outbox is empty). */
export async function settledRowCounts(): Promise<Record<string, number>> {
  let last = await rowCounts();
  await waitFor(
    'the outboxes to drain and the consumers to settle',
    async () => {
      await sleep(1000);
      const now = await rowCounts();
      const outboxes = SERVICE_NAMES.reduce((sum, name) => sum + (now[`${name}.outbox`] ?? 0), 0);
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same && outboxes === 0;
    },
    60_000,
  );
  return last;
}
