import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * person.last_activity_at: the latest time another service told people the person took part
 * (ParticipationRecorded), contributed under their name (ContributionSubmitted) or held a seat
 * (SeatAssigned, until its end). With the person's own record and consents it is what the
 * retention rule calls activity (docs/privacy.md). Null until such an event arrives.
 */
export class PeopleLastActivity1765100000150 implements MigrationInterface {
  name = 'PeopleLastActivity1765100000150';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE people.person ADD COLUMN last_activity_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE people.person DROP COLUMN last_activity_at`);
  }
}
