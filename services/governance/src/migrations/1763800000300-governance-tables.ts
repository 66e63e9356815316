import { MigrationInterface, QueryRunner } from 'typeorm';

export class GovernanceTables1763800000300 implements MigrationInterface {
  name = 'GovernanceTables1763800000300';

  async up(runner: QueryRunner): Promise<void> {
    // Projections of other services' data, fed by events (no foreign keys: order of arrival is not guaranteed).
    await runner.query(`
      CREATE TABLE governance.known_person (
        person_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        kind text NOT NULL,
        organisation_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await runner.query(
      `CREATE TABLE governance.known_organisation (organisation_id uuid PRIMARY KEY, partnership_id uuid NOT NULL)`,
    );
    await runner.query(`
      CREATE TABLE governance.known_consultation (
        consultation_id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        lead_organisation_id uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE governance.known_finding (
        finding_id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL,
        partnership_id uuid NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE governance.forum (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        organisation_id uuid,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL,
        purpose text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, name)
      )`);
    await runner.query(`CREATE INDEX forum_page ON governance.forum (partnership_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE governance.seat (
        id uuid PRIMARY KEY,
        forum_id uuid NOT NULL REFERENCES governance.forum(id),
        partnership_id uuid NOT NULL,
        person_id uuid,
        role text NOT NULL,
        held_by_young_person boolean NOT NULL,
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on IS NULL OR ends_on >= starts_on),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX seat_forum ON governance.seat (forum_id, created_at)`);
    await runner.query(`CREATE INDEX seat_person ON governance.seat (person_id)`);
    await runner.query(`
      CREATE TABLE governance.meeting (
        id uuid PRIMARY KEY,
        forum_id uuid NOT NULL REFERENCES governance.forum(id),
        partnership_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) CHECK (ends_at IS NULL OR ends_at > starts_at),
        location text,
        status text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX meeting_calendar ON governance.meeting (partnership_id, starts_at, id)`);
    await runner.query(`CREATE INDEX meeting_forum ON governance.meeting (forum_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE governance.attendance (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES governance.meeting(id),
        person_id uuid,
        young_person boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX attendance_meeting ON governance.attendance (meeting_id)`);
    await runner.query(`CREATE INDEX attendance_person ON governance.attendance (person_id)`);
    await runner.query(`
      CREATE TABLE governance.agenda_item (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES governance.meeting(id),
        partnership_id uuid NOT NULL,
        position int NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        presenter_id uuid,
        presented_by_young_person boolean NOT NULL,
        consultation_ids uuid[] NOT NULL DEFAULT '{}',
        finding_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, position)
      )`);
    await runner.query(`CREATE INDEX agenda_item_presenter ON governance.agenda_item (presenter_id)`);
    await runner.query(`
      CREATE TABLE governance.decision (
        id uuid PRIMARY KEY,
        forum_id uuid NOT NULL REFERENCES governance.forum(id),
        partnership_id uuid NOT NULL,
        meeting_id uuid REFERENCES governance.meeting(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text,
        young_people_involved boolean NOT NULL,
        decided_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX decision_forum ON governance.decision (forum_id, created_at, id)`);
    await runner.query(`CREATE INDEX decision_meeting ON governance.decision (meeting_id)`);
    await runner.query(`
      CREATE TABLE governance.decision_evidence (
        decision_id uuid NOT NULL REFERENCES governance.decision(id),
        finding_id uuid NOT NULL,
        consultation_id uuid NOT NULL,
        PRIMARY KEY (decision_id, finding_id)
      )`);
    await runner.query(`CREATE INDEX decision_evidence_finding ON governance.decision_evidence (finding_id)`);
    await runner.query(`CREATE INDEX decision_evidence_consultation ON governance.decision_evidence (consultation_id)`);
    await runner.query(`
      CREATE TABLE governance.plan (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        organisation_id uuid,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        kind text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        review_on date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX plan_page ON governance.plan (partnership_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE governance.objective (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES governance.plan(id),
        partnership_id uuid NOT NULL,
        description text NOT NULL,
        measure text NOT NULL,
        baseline double precision NOT NULL,
        target double precision NOT NULL CHECK (target <> baseline),
        owner_organisation_id uuid NOT NULL,
        starts_on date NOT NULL,
        due_on date NOT NULL CHECK (due_on > starts_on),
        latest_value double precision,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX objective_plan ON governance.objective (plan_id, created_at)`);
    await runner.query(`
      CREATE TABLE governance.objective_progress (
        id uuid PRIMARY KEY,
        objective_id uuid NOT NULL REFERENCES governance.objective(id),
        value double precision NOT NULL,
        note text,
        recorded_on date NOT NULL,
        status_after text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX objective_progress_objective ON governance.objective_progress (objective_id, created_at DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const tables = [
      'objective_progress',
      'objective',
      'plan',
      'decision_evidence',
      'decision',
      'agenda_item',
      'attendance',
      'meeting',
      'seat',
      'forum',
      'known_finding',
      'known_consultation',
      'known_organisation',
      'known_person',
    ];
    for (const table of tables) await runner.query(`DROP TABLE governance.${table}`);
  }
}
