import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * feedback.known_person: who is in which partnership and organisations, from people's events.
 * Feedback needs it to apply the subject access rule itself (a participation lead of the
 * person's organisation). No names, no birth date, no cohorts. Deleted on erasure.
 */
export class FeedbackKnownPerson1765100000400 implements MigrationInterface {
  name = 'FeedbackKnownPerson1765100000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE feedback.known_person (
        person_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        kind text NOT NULL,
        organisation_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE feedback.known_person`);
  }
}
