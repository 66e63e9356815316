import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleTables1763800000100 implements MigrationInterface {
  name = 'PeopleTables1763800000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE people.partnership (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        suppression_threshold int NOT NULL DEFAULT 5 CHECK (suppression_threshold BETWEEN 1 AND 50),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX partnership_page ON people.partnership (created_at, id)`);
    await runner.query(`
      CREATE TABLE people.organisation (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL REFERENCES people.partnership(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, name)
      )`);
    await runner.query(`CREATE INDEX organisation_page ON people.organisation (partnership_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE people.person (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL REFERENCES people.partnership(id),
        kind text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        given_name text,
        family_name text,
        date_of_birth date,
        email text,
        phone text,
        cohorts text[] NOT NULL DEFAULT '{}',
        ethnicity text,
        participation_roles text[] NOT NULL DEFAULT '{}',
        organisation_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX person_page ON people.person (partnership_id, created_at, id)`);
    await runner.query(`CREATE INDEX person_organisations ON people.person USING gin (organisation_ids)`);
    await runner.query(`
      CREATE TABLE people.consent (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES people.person(id) ON DELETE CASCADE,
        kind text NOT NULL,
        given_by text NOT NULL,
        recorded_by uuid,
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_on date,
        withdrawn_at timestamptz
      )`);
    await runner.query(`CREATE INDEX consent_person ON people.consent (person_id, recorded_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['consent', 'person', 'organisation', 'partnership'])
      await runner.query(`DROP TABLE people.${table}`);
  }
}
