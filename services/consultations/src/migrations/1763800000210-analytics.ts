import { createPartnershipProjection } from '@voicegraph/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Analytics: the partnership's suppression threshold, and indexes for counting activity in a period. */
export class ConsultationsAnalytics1763800000210 implements MigrationInterface {
  name = 'ConsultationsAnalytics1763800000210';

  async up(runner: QueryRunner): Promise<void> {
    await createPartnershipProjection(runner, 'consultations');
    // Activity in a period, per consultation, with the person it counts (index-only scans).
    await runner.query(
      `CREATE INDEX participation_attended ON consultations.participation (consultation_id, attended_at) INCLUDE (person_id)`,
    );
    await runner.query(
      `CREATE INDEX contribution_submitted ON consultations.contribution (consultation_id, created_at) INCLUDE (person_id)`,
    );
    // Registered young people of a partnership by age band come from person_projection_partnership.
    await runner.query(
      `CREATE INDEX organisation_projection_partnership ON consultations.organisation_projection (partnership_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX consultations.organisation_projection_partnership`);
    await runner.query(`DROP INDEX consultations.contribution_submitted`);
    await runner.query(`DROP INDEX consultations.participation_attended`);
    await runner.query(`DROP TABLE consultations.partnership_projection`);
  }
}
