import { ConsentRecorded, EventHandler, OrganisationRegistered, PersonSnapshot } from '@voicegraph/platform';
import { lockPersonReach } from '../analytics/reach-month';
import { moveInRegister, RegisterPlace } from '../analytics/registered-young-people';

/**
 * Keeps the projection of people and organisations that consultations needs (partnership,
 * organisations, age band, cohorts, participation consent). Every handler is an upsert or a
 * delete, so it is idempotent, and tolerates people and organisations it never saw.
 */
export const projectPerson: EventHandler<PersonSnapshot> = async ({ data }, tx) => {
  // Before the statement below takes its snapshot: a contribution of the same person then either
  // committed first (its reach rows are refreshed below) or waits and reads the new projection.
  await lockPersonReach(tx, data.personId);
  // One statement (it used to be five): the projection row, read as it was and upserted; the
  // person's reach rows take the new age band and cohorts, or go (logged as removed) if they are
  // no longer a young person, as refreshPersonReach does. The register counter moves at the end of
  // the inbox transaction, once for the run (moveInRegister).
  const [{ before }]: { before: (RegisterPlace & { kind: string }) | null }[] = await tx.query(
    `WITH before AS (
       SELECT kind, partnership_id, age_band, cohorts, organisation_ids FROM consultations.person_projection WHERE person_id = $1
     ), upserted AS (
       INSERT INTO consultations.person_projection (person_id, partnership_id, kind, organisation_ids, age_band, cohorts, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (person_id) DO UPDATE SET partnership_id = $2, kind = $3, organisation_ids = $4, age_band = $5, cohorts = $6, updated_at = now()
     ), gone AS (
       DELETE FROM consultations.reach_month WHERE person_id = $1 AND $3 <> 'YOUNG_PERSON' RETURNING partnership_id, month
     ), removal AS (
       INSERT INTO consultations.reach_month_removal (partnership_id, month) SELECT DISTINCT partnership_id, month FROM gone
     ), refreshed AS (
       UPDATE consultations.reach_month r
          SET age_band = $5, cohort_mask = consultations.cohort_mask($6::text[]), changed_by = pg_current_xact_id()
        WHERE r.person_id = $1 AND $3 = 'YOUNG_PERSON'
          AND (r.age_band, r.cohort_mask) IS DISTINCT FROM ($5, consultations.cohort_mask($6::text[]))
     )
     SELECT (SELECT row_to_json(before) FROM before) AS before`,
    [data.personId, data.partnershipId, data.kind, data.organisationIds, data.ageBand, data.cohorts],
  );
  moveInRegister(
    tx,
    before?.kind === 'YOUNG_PERSON' ? before : null,
    data.kind === 'YOUNG_PERSON'
      ? {
          partnership_id: data.partnershipId,
          age_band: data.ageBand,
          cohorts: data.cohorts,
          organisation_ids: data.organisationIds,
        }
      : null,
  );
};

export const projectConsentRecorded: EventHandler<ConsentRecorded> = async ({ data }, tx) => {
  if (data.kind !== 'PARTICIPATION') return;
  await tx.query(
    `INSERT INTO consultations.participation_consent (consent_id, person_id, expires_on) VALUES ($1, $2, $3) ON CONFLICT (consent_id) DO NOTHING`,
    [data.consentId, data.personId, data.expiresOn],
  );
};

export const projectOrganisation: EventHandler<OrganisationRegistered> = async ({ data }, tx) => {
  await tx.query(
    `INSERT INTO consultations.organisation_projection (organisation_id, partnership_id) VALUES ($1, $2)
     ON CONFLICT (organisation_id) DO UPDATE SET partnership_id = $2`,
    [data.organisationId, data.partnershipId],
  );
};
