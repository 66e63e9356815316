import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationsTables1763800000200 implements MigrationInterface {
  name = 'ConsultationsTables1763800000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE consultations.consultation (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text,
        kind text NOT NULL,
        ladder_level text NOT NULL,
        context text NOT NULL,
        mode text NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED')),
        lead_organisation_id uuid NOT NULL,
        partner_organisation_ids uuid[] NOT NULL DEFAULT '{}',
        target_cohorts text[] NOT NULL DEFAULT '{}',
        target_age_bands text[] NOT NULL DEFAULT '{}',
        boundaries jsonb NOT NULL DEFAULT '[]',
        opens_at timestamptz,
        closes_at timestamptz,
        opened_at timestamptz,
        closed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
      )`);
    // Paging and the analytics breakdowns (ladder level, context, mode, organisation, dates, cohorts).
    await runner.query(`CREATE INDEX consultation_page ON consultations.consultation (partnership_id, created_at, id)`);
    await runner.query(`CREATE INDEX consultation_status ON consultations.consultation (partnership_id, status)`);
    await runner.query(
      `CREATE INDEX consultation_ladder ON consultations.consultation (partnership_id, ladder_level, context, mode)`,
    );
    await runner.query(
      `CREATE INDEX consultation_window ON consultations.consultation (partnership_id, opens_at, closes_at)`,
    );
    await runner.query(`CREATE INDEX consultation_lead ON consultations.consultation (lead_organisation_id)`);
    await runner.query(
      `CREATE INDEX consultation_partners ON consultations.consultation USING gin (partner_organisation_ids)`,
    );
    await runner.query(`CREATE INDEX consultation_cohorts ON consultations.consultation USING gin (target_cohorts)`);
    await runner.query(`CREATE INDEX consultation_themes ON consultations.consultation USING gin (themes)`);
    await runner.query(`
      CREATE TABLE consultations.question (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        kind text NOT NULL,
        prompt text NOT NULL CHECK (length(prompt) BETWEEN 1 AND 500),
        options text[] NOT NULL DEFAULT '{}',
        scale_min int,
        scale_max int,
        position int NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (consultation_id, position)
      )`);
    await runner.query(`
      CREATE TABLE consultations.participation (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        person_id uuid,
        role text NOT NULL,
        attended_at timestamptz NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (consultation_id, person_id, role)
      )`);
    await runner.query(
      `CREATE INDEX participation_page ON consultations.participation (consultation_id, created_at, id)`,
    );
    await runner.query(`CREATE INDEX participation_person ON consultations.participation (person_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE consultations.contribution (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        question_id uuid REFERENCES consultations.question(id),
        person_id uuid,
        text text,
        choices text[] NOT NULL DEFAULT '{}',
        scale_value int,
        anonymous boolean NOT NULL DEFAULT false,
        redacted boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX contribution_page ON consultations.contribution (consultation_id, created_at, id)`,
    );
    await runner.query(`CREATE INDEX contribution_person ON consultations.contribution (person_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE consultations.finding (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text,
        contribution_ids uuid[] NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX finding_consultation ON consultations.finding (consultation_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE consultations.person_projection (
        person_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        kind text NOT NULL,
        organisation_ids uuid[] NOT NULL DEFAULT '{}',
        age_band text NOT NULL,
        cohorts text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX person_projection_partnership ON consultations.person_projection (partnership_id, kind, age_band)`,
    );
    await runner.query(
      `CREATE INDEX person_projection_organisations ON consultations.person_projection USING gin (organisation_ids)`,
    );
    await runner.query(`CREATE INDEX person_projection_cohorts ON consultations.person_projection USING gin (cohorts)`);
    await runner.query(`
      CREATE TABLE consultations.participation_consent (
        consent_id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        expires_on date
      )`);
    await runner.query(`CREATE INDEX participation_consent_person ON consultations.participation_consent (person_id)`);
    await runner.query(`
      CREATE TABLE consultations.organisation_projection (
        organisation_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const tables = [
      'organisation_projection',
      'participation_consent',
      'person_projection',
      'finding',
      'contribution',
      'participation',
      'question',
      'consultation',
    ];
    for (const table of tables) await runner.query(`DROP TABLE consultations.${table}`);
  }
}
