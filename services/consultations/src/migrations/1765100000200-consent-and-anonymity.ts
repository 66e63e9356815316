import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two privacy rules of issue 13 (docs/privacy.md).
 *
 * contribution.listed_at: the time lists page and sort by. For a named contribution it is when
 * it was submitted; for an anonymous one, the start of its UTC day, so within a day anonymous
 * contributions sort by their id (random, UUID v4), which says nothing about when they came:
 * neither a cursor nor a position in a list narrows an anonymous author down below the day.
 * created_at keeps the exact instant for the rules that need it (consent withdrawal, reach).
 *
 * contribution_removal: contributions deleted because they were submitted at or after the
 * instant their author withdrew participation consent, kept without their words so the young
 * person can be told (Person.removedContributions). Erasure deletes these rows with the person.
 */
export class ConsultationsConsentAndAnonymity1765100000200 implements MigrationInterface {
  name = 'ConsultationsConsentAndAnonymity1765100000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE consultations.contribution ADD COLUMN listed_at timestamptz(3) GENERATED ALWAYS AS (
        CASE WHEN anonymous THEN date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' ELSE created_at END
      ) STORED`);
    await runner.query(
      `CREATE INDEX contribution_listed ON consultations.contribution (consultation_id, listed_at, id)`,
    );
    await runner.query(
      `CREATE INDEX contribution_person_listed ON consultations.contribution (person_id, listed_at, id)`,
    );
    await runner.query(`
      CREATE TABLE consultations.contribution_removal (
        contribution_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        submitted_on date NOT NULL,
        consent_withdrawn_at timestamptz NOT NULL,
        removed_at timestamptz(3) NOT NULL DEFAULT now(),
        reason text NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX contribution_removal_person ON consultations.contribution_removal (person_id, removed_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE consultations.contribution_removal`);
    await runner.query(`DROP INDEX consultations.contribution_person_listed`);
    await runner.query(`DROP INDEX consultations.contribution_listed`);
    await runner.query(`ALTER TABLE consultations.contribution DROP COLUMN listed_at`);
  }
}
