import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { claimBatch } from './claim-batch';
import { markSent } from './mark-sent';
import { OutboxRow } from './outbox-row';
import { publishBatch } from './publish-batch';
import { inPublishSpans } from './publish-spans';

export interface RelayStep {
  dataSource: DataSource;
  schema: string;
  producer: Producer;
  batchSize: number;
  /** Fault-injection seam for tests: runs after Kafka acknowledged, before rows are marked sent. */
  afterPublish?: (rows: OutboxRow[]) => Promise<void>;
}

/**
 * Claim, publish, mark sent — one transaction. A crash between publish and commit leaves the
 * rows unsent, so they go out again: at-least-once on the wire; consumers' inboxes dedupe.
 * Returns how many events were published.
 */
export async function relayOnce(step: RelayStep): Promise<number> {
  return (await relayBatch(step)).published;
}

/** relayOnce, and whether the outbox may hold more right now (ClaimedBatch.more). */
export async function relayBatch(step: RelayStep): Promise<{ published: number; more: boolean }> {
  const runner = step.dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    const { rows, more } = await claimBatch(runner, step.schema, step.batchSize);
    if (rows.length > 0) {
      await inPublishSpans(step.schema, rows, () => publishBatch(step.producer, rows));
      await step.afterPublish?.(rows);
      await markSent(runner, step.schema, rows);
    }
    await runner.commitTransaction();
    return { published: rows.length, more };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
