import { createPartnershipProjection } from '@voicegraph/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Analytics: the partnership's suppression threshold, and indexes for the period figures. */
export class FeedbackAnalytics1763800000410 implements MigrationInterface {
  name = 'FeedbackAnalytics1763800000410';

  async up(runner: QueryRunner): Promise<void> {
    await createPartnershipProjection(runner, 'feedback');
    await runner.query(
      `CREATE INDEX obligation_partnership_due ON feedback.feedback_obligation (partnership_id, due_on)`,
    );
    await runner.query(`CREATE INDEX outcome_partnership_recorded ON feedback.outcome (partnership_id, created_at)`);
    await runner.query(
      `CREATE INDEX voice_check_partnership_submitted ON feedback.voice_check (partnership_id, submitted_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const index of [
      'voice_check_partnership_submitted',
      'outcome_partnership_recorded',
      'obligation_partnership_due',
    ])
      await runner.query(`DROP INDEX feedback.${index}`);
    await runner.query(`DROP TABLE feedback.partnership_projection`);
  }
}
