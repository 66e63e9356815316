import { DataSource, QueryRunner } from 'typeorm';
import type { RequestContext } from '../server/context';
import { PartnershipCreated } from '../events/catalogue/people';
import { EventHandler } from '../consumer/handle-with-inbox';
import { schemaOf } from '../outbox/enqueue-event';
import { qualified } from '../outbox/outbox-row';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './disclosure';

/**
 * PartnershipCreated → `<schema>.partnership_projection`: each analytics service remembers the
 * partnership's suppression threshold (an upsert, so a redelivery changes nothing). The service's
 * migration creates the table with createPartnershipProjection.
 */
export const projectPartnershipThreshold: EventHandler<PartnershipCreated> = async ({ data }, tx) => {
  await tx.query(
    `INSERT INTO ${qualified(schemaOf(tx), 'partnership_projection')} (partnership_id, suppression_threshold) VALUES ($1, $2)
     ON CONFLICT (partnership_id) DO UPDATE SET suppression_threshold = $2`,
    [data.partnershipId, data.suppressionThreshold],
  );
};

/** For a service's migration: the table projectPartnershipThreshold writes and suppressionThresholdOf reads. */
export async function createPartnershipProjection(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE ${qualified(schema, 'partnership_projection')} (
      partnership_id uuid PRIMARY KEY,
      suppression_threshold int NOT NULL CHECK (suppression_threshold BETWEEN 1 AND 50)
    )`);
}

/** The partnership's suppression threshold as projected, or the default until its PartnershipCreated arrives. */
export async function suppressionThresholdOf(db: DataSource, schema: string, partnershipId: string): Promise<number> {
  const [row]: { suppression_threshold: number }[] = await db.query(
    `SELECT suppression_threshold FROM ${qualified(schema, 'partnership_projection')} WHERE partnership_id = $1`,
    [partnershipId],
  );
  return row?.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

/** The same, for many records in one request: one query per request whatever the page size. */
export function thresholdLoader(ctx: RequestContext, schema: string) {
  return ctx.loaders.get(`partnership-threshold:${schema}`, async (ids: readonly string[]) => {
    const rows: { partnership_id: string; suppression_threshold: number }[] = await ctx.dataSource.query(
      `SELECT partnership_id, suppression_threshold FROM ${qualified(schema, 'partnership_projection')} WHERE partnership_id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const of = new Map(rows.map((row) => [row.partnership_id, row.suppression_threshold]));
    return ids.map((id) => of.get(id) ?? DEFAULT_SUPPRESSION_THRESHOLD);
  });
}
