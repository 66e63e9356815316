import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * consent.withdrawal_reason: why a consent stopped being current. WITHDRAWN when the person (or
 * staff for them) withdrew it; DATE_OF_BIRTH_CHANGED when a corrected date of birth showed the
 * person was too young, at the time they gave it, to give it themself (domain/consent-state.ts).
 */
export class PeopleConsentEndReason1765100000100 implements MigrationInterface {
  name = 'PeopleConsentEndReason1765100000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE people.consent ADD COLUMN withdrawal_reason text`);
    await runner.query(`UPDATE people.consent SET withdrawal_reason = 'WITHDRAWN' WHERE withdrawn_at IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE people.consent DROP COLUMN withdrawal_reason`);
  }
}
