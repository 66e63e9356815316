import { EntityManager } from 'typeorm';

/**
 * Keeps consultations.reach_month in step with the writes that change reach, always inside the
 * writer's transaction (see migration 1763800000220 for the table and its rebuild function).
 */

/**
 * A young person took part (contributions 0) or contributed (1) in a consultation at `at`: one row
 * per organisation of the consultation for that month, contributions added up. Staff are not
 * counted; a person the projection does not know yet counts with UNKNOWN age band and no cohorts
 * until their PersonRegistered arrives (refreshPersonReach).
 */
export async function addToReach(
  tx: EntityManager,
  consultationId: string,
  personId: string,
  at: Date,
  contributions: 0 | 1,
): Promise<void> {
  await lockPersonReach(tx, personId);
  await tx.query(
    `INSERT INTO consultations.reach_month AS r
       (consultation_id, organisation_id, person_id, month, partnership_id, lead, context, age_band, cohort_mask, contributions)
     SELECT c.id, o.organisation_id, $2, date_trunc('month', $3::timestamptz AT TIME ZONE 'UTC')::date, c.partnership_id, o.n = 1, c.context,
            COALESCE(pp.age_band, 'UNKNOWN'), consultations.cohort_mask(COALESCE(pp.cohorts, '{}')), $4
       FROM consultations.consultation c
       CROSS JOIN LATERAL (SELECT DISTINCT ON (x.organisation_id) x.organisation_id, x.n
                             FROM unnest(array_prepend(c.lead_organisation_id, c.partner_organisation_ids)) WITH ORDINALITY AS x(organisation_id, n)
                            ORDER BY x.organisation_id, x.n) o
       LEFT JOIN consultations.person_projection pp ON pp.person_id = $2
      WHERE c.id = $1 AND COALESCE(pp.kind, 'YOUNG_PERSON') = 'YOUNG_PERSON'
     ON CONFLICT (consultation_id, organisation_id, person_id, month)
     DO UPDATE SET contributions = r.contributions + EXCLUDED.contributions, changed_by = pg_current_xact_id()`,
    [consultationId, personId, at, contributions],
  );
}

/** The first key of the two-key advisory locks on a person's reach (a key space of its own). */
const REACH_LOCK_SPACE = 1763800220;

/**
 * Serialises the writes about one person's reach: a contribution and a projection change of the
 * same person must not each miss the other's row, or the person's rows would disagree on their
 * age band and cohorts (and be counted once in each). Held to the end of the transaction.
 */
export async function lockPersonReach(tx: EntityManager, personId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${REACH_LOCK_SPACE}, hashtext($1))`, [personId]);
}

/** The projection changed a person: their rows take the new age band and cohorts, or go if they are not a young person. */
export async function refreshPersonReach(tx: EntityManager, personId: string): Promise<void> {
  await removeReach(
    tx,
    `person_id = $1 AND EXISTS (
    SELECT 1 FROM consultations.person_projection pp WHERE pp.person_id = $1 AND pp.kind <> 'YOUNG_PERSON')`,
    [personId],
  );
  await tx.query(
    `UPDATE consultations.reach_month r
        SET age_band = pp.age_band, cohort_mask = consultations.cohort_mask(pp.cohorts), changed_by = pg_current_xact_id()
       FROM consultations.person_projection pp
      WHERE r.person_id = $1 AND pp.person_id = $1
        AND (r.age_band, r.cohort_mask) IS DISTINCT FROM (pp.age_band, consultations.cohort_mask(pp.cohorts))`,
    [personId],
  );
}

/** Erasure: nothing about the person stays in reach (their activity no longer counts, as before the table existed). */
export async function forgetPersonReach(tx: EntityManager, personId: string): Promise<void> {
  await removeReach(tx, `person_id = $1`, [personId]);
}

/** A cancelled consultation counts for nobody's reach. */
export async function forgetConsultationReach(tx: EntityManager, consultationId: string): Promise<void> {
  await removeReach(tx, `consultation_id = $1`, [consultationId]);
}

/** Deletes rows and logs the months they leave, so cached figures for those months are known to be out of date (reach-cache.ts). */
async function removeReach(tx: EntityManager, where: string, params: unknown[]): Promise<void> {
  await tx.query(
    `WITH gone AS (DELETE FROM consultations.reach_month WHERE ${where} RETURNING partnership_id, month)
     INSERT INTO consultations.reach_month_removal (partnership_id, month) SELECT DISTINCT partnership_id, month FROM gone`,
    params,
  );
}

/**
 * Recomputes one person's rows from the source tables, exactly as rebuild_reach_month() does for
 * everyone (migration 1763800000220), after something of theirs was deleted (a contribution
 * removed after their consent withdrawal): a decrement could not tell whether a month's row
 * still stands on a participation, the rebuild can. Call with lockPersonReach held.
 */
export async function rebuildPersonReach(tx: EntityManager, personId: string): Promise<void> {
  await removeReach(tx, `person_id = $1`, [personId]);
  await tx.query(
    `INSERT INTO consultations.reach_month
       (consultation_id, organisation_id, person_id, month, partnership_id, lead, context, age_band, cohort_mask, contributions)
     SELECT a.consultation_id, o.organisation_id, a.person_id, a.month, c.partnership_id, o.n = 1, c.context,
            pp.age_band, consultations.cohort_mask(pp.cohorts), sum(a.contributed)::int
       FROM (SELECT consultation_id, person_id, date_trunc('month', attended_at AT TIME ZONE 'UTC')::date AS month, 0 AS contributed
               FROM consultations.participation WHERE person_id = $1
             UNION ALL
             SELECT consultation_id, person_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, 1
               FROM consultations.contribution WHERE person_id = $1) a
       JOIN consultations.consultation c ON c.id = a.consultation_id AND c.status IN ('OPEN', 'CLOSED')
       JOIN consultations.person_projection pp ON pp.person_id = a.person_id AND pp.kind = 'YOUNG_PERSON'
       CROSS JOIN LATERAL (SELECT DISTINCT ON (x.organisation_id) x.organisation_id, x.n
                             FROM unnest(array_prepend(c.lead_organisation_id, c.partner_organisation_ids)) WITH ORDINALITY AS x(organisation_id, n)
                            ORDER BY x.organisation_id, x.n) o
      GROUP BY a.consultation_id, o.organisation_id, a.person_id, a.month, c.partnership_id, o.n, c.context, pp.age_band, pp.cohorts`,
    [personId],
  );
}
