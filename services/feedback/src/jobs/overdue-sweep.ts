import { calendarDate, enqueueEvent, FeedbackEvents, FeedbackOverdue, ServiceJob } from '@voicegraph/platform';
import { DataSource } from 'typeorm';

/**
 * Marks open obligations past their due day as overdue and emits FeedbackOverdue for each, in
 * one transaction. The conditional UPDATE is the claim: a replica sweeping at the same time
 * waits on the row locks, re-checks `status = 'OPEN'`, and skips rows already claimed, so each
 * obligation is announced exactly once.
 */
export async function sweepOverdueFeedback(dataSource: DataSource, now = new Date()): Promise<FeedbackOverdue[]> {
  return dataSource.transaction(async (tx) => {
    const rows: { id: string; consultation_id: string; partnership_id: string; due_on: string }[] = await tx.query(
      `WITH overdue AS (
         UPDATE feedback.feedback_obligation SET status = 'OVERDUE', overdue_at = $1
          WHERE status = 'OPEN' AND due_on < $2::date
          RETURNING id, consultation_id, partnership_id, to_char(due_on, 'YYYY-MM-DD') AS due_on)
       SELECT * FROM overdue ORDER BY due_on, id`,
      [now, calendarDate(now)],
    );
    const announced: FeedbackOverdue[] = [];
    for (const row of rows) {
      const data = {
        obligationId: row.id,
        consultationId: row.consultation_id,
        partnershipId: row.partnership_id,
        dueOn: row.due_on,
      };
      await enqueueEvent(tx, FeedbackEvents.FeedbackOverdue, row.id, data);
      announced.push(data);
    }
    return announced;
  });
}

export const overdueSweepJob: ServiceJob = {
  name: 'feedback-overdue-sweep',
  everyMs: 60_000,
  run: async ({ dataSource, logger }) => {
    const announced = await sweepOverdueFeedback(dataSource);
    if (announced.length) logger.info({ overdue: announced.length }, 'feedback obligations became overdue');
  },
};
