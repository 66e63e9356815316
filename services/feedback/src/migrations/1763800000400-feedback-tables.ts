import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback's own tables, and its projections of consultations (consultation, participant,
 * finding) and governance (decision_finding), fed by events. No foreign keys to projections:
 * events may arrive in any order.
 */
export class FeedbackTables1763800000400 implements MigrationInterface {
  name = 'FeedbackTables1763800000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE feedback.consultation (
        id uuid PRIMARY KEY,
        partnership_id uuid NOT NULL,
        lead_organisation_id uuid NOT NULL,
        partner_organisation_ids uuid[] NOT NULL DEFAULT '{}',
        title text,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE feedback.participant (
        participation_id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL,
        person_id uuid NOT NULL
      )`);
    await runner.query(`CREATE INDEX participant_consultation ON feedback.participant (consultation_id, person_id)`);
    await runner.query(`CREATE INDEX participant_person ON feedback.participant (person_id)`);
    await runner.query(`
      CREATE TABLE feedback.finding (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        title text NOT NULL
      )`);
    await runner.query(`CREATE INDEX finding_consultation ON feedback.finding (consultation_id)`);
    await runner.query(`
      CREATE TABLE feedback.decision_finding (
        decision_id uuid NOT NULL,
        finding_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        decided_at timestamptz NOT NULL,
        PRIMARY KEY (decision_id, finding_id)
      )`);
    await runner.query(`CREATE INDEX decision_finding_finding ON feedback.decision_finding (finding_id, decided_at)`);
    await runner.query(`
      CREATE TABLE feedback.outcome (
        id uuid PRIMARY KEY,
        finding_id uuid NOT NULL UNIQUE,
        finding_title text NOT NULL,
        consultation_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        decision_id uuid,
        status text NOT NULL CHECK (status IN ('RECEIVED', 'UNDER_CONSIDERATION', 'ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED')),
        you_said text NOT NULL,
        we_did text NOT NULL,
        reason text,
        boundary text CHECK (boundary IN ('PRACTICAL', 'FINANCIAL', 'LEGAL', 'SAFETY', 'POLITICAL')),
        published boolean NOT NULL DEFAULT false,
        recorded_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (status <> 'NOT_ACCEPTED' OR (reason IS NOT NULL AND boundary IS NOT NULL))
      )`);
    await runner.query(
      `CREATE INDEX outcome_board ON feedback.outcome (partnership_id, created_at, id) WHERE published`,
    );
    await runner.query(`CREATE INDEX outcome_consultation ON feedback.outcome (consultation_id)`);
    await runner.query(`
      CREATE TABLE feedback.feedback_obligation (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL UNIQUE,
        partnership_id uuid NOT NULL,
        closed_at timestamptz NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'OVERDUE', 'MET')),
        met_at timestamptz,
        on_time boolean,
        overdue_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX obligation_due ON feedback.feedback_obligation (status, due_on)`);
    await runner.query(`CREATE INDEX obligation_page ON feedback.feedback_obligation (partnership_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE feedback.feedback_message (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        obligation_id uuid REFERENCES feedback.feedback_obligation(id),
        channel text NOT NULL,
        text text NOT NULL,
        outcome_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_count int NOT NULL,
        sent_by uuid,
        sent_at timestamptz(3) NOT NULL,
        on_time boolean,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX feedback_message_consultation ON feedback.feedback_message (consultation_id, created_at, id)`,
    );
    await runner.query(`
      CREATE TABLE feedback.feedback_recipient (
        feedback_id uuid NOT NULL REFERENCES feedback.feedback_message(id) ON DELETE CASCADE,
        person_id uuid NOT NULL,
        PRIMARY KEY (feedback_id, person_id)
      )`);
    await runner.query(`CREATE INDEX feedback_recipient_person ON feedback.feedback_recipient (person_id)`);
    await runner.query(`
      CREATE TABLE feedback.voice_check (
        id uuid PRIMARY KEY,
        consultation_id uuid NOT NULL,
        partnership_id uuid NOT NULL,
        person_id uuid,
        space text NOT NULL,
        voice text NOT NULL,
        audience text NOT NULL,
        influence text NOT NULL,
        felt_heard int NOT NULL CHECK (felt_heard BETWEEN 1 AND 5),
        comment text,
        submitted_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (consultation_id, person_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'voice_check',
      'feedback_recipient',
      'feedback_message',
      'feedback_obligation',
      'outcome',
      'decision_finding',
      'finding',
      'participant',
      'consultation',
    ]) {
      await runner.query(`DROP TABLE feedback.${table}`);
    }
  }
}
