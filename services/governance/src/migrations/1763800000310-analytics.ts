import { createPartnershipProjection } from '@voicegraph/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Analytics: the partnership's suppression threshold, and indexes for the period breakdowns. */
export class GovernanceAnalytics1763800000310 implements MigrationInterface {
  name = 'GovernanceAnalytics1763800000310';

  async up(runner: QueryRunner): Promise<void> {
    await createPartnershipProjection(runner, 'governance');
    await runner.query(`CREATE INDEX decision_decided ON governance.decision (partnership_id, decided_at)`);
    await runner.query(`CREATE INDEX seat_period ON governance.seat (partnership_id, starts_on, ends_on)`);
    await runner.query(`CREATE INDEX plan_period ON governance.plan (partnership_id, period_start, period_end)`);
    await runner.query(`CREATE INDEX objective_period ON governance.objective (partnership_id, starts_on, due_on)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const index of ['objective_period', 'plan_period', 'seat_period', 'decision_decided'])
      await runner.query(`DROP INDEX governance.${index}`);
    await runner.query(`DROP TABLE governance.partnership_projection`);
  }
}
