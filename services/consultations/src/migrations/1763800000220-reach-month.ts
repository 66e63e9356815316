import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * reach_month: who took part, folded to one row per consultation × organisation × young person ×
 * calendar month (UTC), with the person's age band and cohorts and the consultation's context
 * copied in. Reach analytics read only this table (one index-only scan) instead of joining a
 * year of participations and contributions to the people projection.
 *
 * It is never behind: every write that changes reach changes it in the same transaction
 * (analytics/reach-month.ts). rebuild_reach_month() recomputes it from the source tables; the
 * migration uses it to backfill, seed:scale after a bulk load, tests to prove the two agree.
 */
export class ConsultationsReachMonth1763800000220 implements MigrationInterface {
  name = 'ConsultationsReachMonth1763800000220';

  async up(runner: QueryRunner): Promise<void> {
    // Bit i is COHORTS[i] in domain/analytics.ts (a test holds the two together). New cohorts take new bits, at the end.
    await runner.query(`
      CREATE FUNCTION consultations.cohort_mask(cohorts text[]) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(sum(1 << (array_position(
          ARRAY['CHILD_IN_CARE', 'CARE_LEAVER', 'SEND', 'CHILD_IN_NEED', 'CHILD_PROTECTION', 'YOUNG_CARER', 'YOUTH_JUSTICE'], c) - 1)), 0)::int
          FROM unnest(cohorts) AS c
         WHERE c = ANY(ARRAY['CHILD_IN_CARE', 'CARE_LEAVER', 'SEND', 'CHILD_IN_NEED', 'CHILD_PROTECTION', 'YOUNG_CARER', 'YOUTH_JUSTICE'])
      $$`);
    await runner.query(`
      CREATE TABLE consultations.reach_month (
        consultation_id uuid NOT NULL REFERENCES consultations.consultation(id),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        month date NOT NULL,
        partnership_id uuid NOT NULL,
        lead boolean NOT NULL,
        context text NOT NULL,
        age_band text NOT NULL,
        cohort_mask int NOT NULL,
        contributions int NOT NULL CHECK (contributions >= 0),
        changed_by xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (consultation_id, organisation_id, person_id, month)
      )`);
    await runner.query(`COMMENT ON TABLE consultations.reach_month IS
      'One row per consultation, organisation (lead or partner), young person and UTC month in which they took part; kept in step in the same transaction as every write (see migration 1763800000220).'`);
    await runner.query(
      `COMMENT ON COLUMN consultations.reach_month.lead IS 'The lead organisation''s row: person-level contributions are summed over these rows only, so partners do not count them twice.'`,
    );
    await runner.query(`
      CREATE INDEX reach_month_period ON consultations.reach_month (partnership_id, month)
        INCLUDE (person_id, organisation_id, context, age_band, cohort_mask, contributions)`);
    // People per age band and cohorts read only the lead organisation's rows (one per consultation, person and month).
    await runner.query(`
      CREATE INDEX reach_month_lead_period ON consultations.reach_month (partnership_id, month)
        INCLUDE (person_id, consultation_id, context, age_band, cohort_mask, contributions) WHERE lead`);
    await runner.query(`CREATE INDEX reach_month_person ON consultations.reach_month (person_id)`);
    // What changed since a snapshot (analytics/reach-cache.ts): the transaction that last wrote each row, and a log of months that lost rows.
    await runner.query(
      `CREATE INDEX reach_month_changed ON consultations.reach_month (partnership_id, month, changed_by)`,
    );
    await runner.query(`
      CREATE TABLE consultations.reach_month_removal (
        partnership_id uuid NOT NULL,
        month date NOT NULL,
        changed_by xid8 NOT NULL DEFAULT pg_current_xact_id()
      )`);
    await runner.query(
      `CREATE INDEX reach_month_removal_changed ON consultations.reach_month_removal (partnership_id, month, changed_by)`,
    );
    await runner.query(`
      CREATE FUNCTION consultations.rebuild_reach_month() RETURNS bigint LANGUAGE sql AS $$
        INSERT INTO consultations.reach_month_removal (partnership_id, month) SELECT DISTINCT partnership_id, month FROM consultations.reach_month;
        DELETE FROM consultations.reach_month;
        INSERT INTO consultations.reach_month
          (consultation_id, organisation_id, person_id, month, partnership_id, lead, context, age_band, cohort_mask, contributions)
        SELECT a.consultation_id, o.organisation_id, a.person_id, a.month, c.partnership_id, o.n = 1, c.context,
               pp.age_band, consultations.cohort_mask(pp.cohorts), sum(a.contributed)::int
          FROM (SELECT consultation_id, person_id, date_trunc('month', attended_at AT TIME ZONE 'UTC')::date AS month, 0 AS contributed
                  FROM consultations.participation WHERE person_id IS NOT NULL
                UNION ALL
                SELECT consultation_id, person_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, 1
                  FROM consultations.contribution WHERE person_id IS NOT NULL) a
          JOIN consultations.consultation c ON c.id = a.consultation_id AND c.status IN ('OPEN', 'CLOSED')
          JOIN consultations.person_projection pp ON pp.person_id = a.person_id AND pp.kind = 'YOUNG_PERSON'
          CROSS JOIN LATERAL (SELECT DISTINCT ON (x.organisation_id) x.organisation_id, x.n
                                FROM unnest(array_prepend(c.lead_organisation_id, c.partner_organisation_ids)) WITH ORDINALITY AS x(organisation_id, n)
                               ORDER BY x.organisation_id, x.n) o
         GROUP BY a.consultation_id, o.organisation_id, a.person_id, a.month, c.partnership_id, o.n, c.context, pp.age_band, pp.cohorts;
        SELECT count(*) FROM consultations.reach_month;
      $$`);
    await runner.query(`SELECT consultations.rebuild_reach_month()`);
    // Superseded: reach no longer scans participations and contributions by date.
    await runner.query(`DROP INDEX consultations.participation_attended`);
    await runner.query(`DROP INDEX consultations.contribution_submitted`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX contribution_submitted ON consultations.contribution (consultation_id, created_at) INCLUDE (person_id)`,
    );
    await runner.query(
      `CREATE INDEX participation_attended ON consultations.participation (consultation_id, attended_at) INCLUDE (person_id)`,
    );
    await runner.query(`DROP FUNCTION consultations.rebuild_reach_month()`);
    await runner.query(`DROP TABLE consultations.reach_month_removal`);
    await runner.query(`DROP TABLE consultations.reach_month`);
    await runner.query(`DROP FUNCTION consultations.cohort_mask(text[])`);
  }
}
