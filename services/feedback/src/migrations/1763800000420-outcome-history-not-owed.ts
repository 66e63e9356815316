import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each change of an outcome's status (its history, which a board is held to account by), and
 * obligations closed as not owed when their consultation is cancelled. Existing outcomes get
 * one history entry: their current status, as first recorded.
 */
export class FeedbackOutcomeHistoryNotOwed1763800000420 implements MigrationInterface {
  name = 'FeedbackOutcomeHistoryNotOwed1763800000420';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE feedback.outcome_status_change (
        id uuid PRIMARY KEY,
        outcome_id uuid NOT NULL REFERENCES feedback.outcome (id) ON DELETE CASCADE,
        previous_status text,
        status text NOT NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX outcome_status_change_outcome ON feedback.outcome_status_change (outcome_id, changed_at, id)`,
    );
    await runner.query(`
      INSERT INTO feedback.outcome_status_change (id, outcome_id, previous_status, status, changed_at)
      SELECT gen_random_uuid(), id, NULL, status, created_at FROM feedback.outcome`);
    await runner.query(`ALTER TABLE feedback.consultation ADD COLUMN cancelled_at timestamptz`);
    await runner.query(
      `ALTER TABLE feedback.feedback_obligation DROP CONSTRAINT IF EXISTS feedback_obligation_status_check`,
    );
    await runner.query(
      `ALTER TABLE feedback.feedback_obligation ADD CONSTRAINT feedback_obligation_status_check CHECK (status IN ('OPEN', 'OVERDUE', 'MET', 'NOT_OWED'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM feedback.feedback_obligation WHERE status = 'NOT_OWED'`);
    await runner.query(`ALTER TABLE feedback.feedback_obligation DROP CONSTRAINT feedback_obligation_status_check`);
    await runner.query(
      `ALTER TABLE feedback.feedback_obligation ADD CONSTRAINT feedback_obligation_status_check CHECK (status IN ('OPEN', 'OVERDUE', 'MET'))`,
    );
    await runner.query(`ALTER TABLE feedback.consultation DROP COLUMN cancelled_at`);
    await runner.query(`DROP TABLE feedback.outcome_status_change`);
  }
}
