import { ConsentRecorded, EventHandler, OrganisationRegistered, PersonSnapshot } from '@voicegraph/platform';
import { lockPersonReach, refreshPersonReach } from '../analytics/reach-month';
import { joinRegister, leaveRegister } from '../analytics/registered-young-people';

/**
 * Keeps the projection of people and organisations that consultations needs (partnership,
 * organisations, age band, cohorts, participation consent). Every handler is an upsert or a
 * delete, so it is idempotent, and tolerates people and organisations it never saw.
 */
export const projectPerson: EventHandler<PersonSnapshot> = async ({ data }, tx) => {
  await lockPersonReach(tx, data.personId);
  await leaveRegister(tx, data.personId);
  await tx.query(
    `INSERT INTO consultations.person_projection (person_id, partnership_id, kind, organisation_ids, age_band, cohorts, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())
     ON CONFLICT (person_id) DO UPDATE SET partnership_id = $2, kind = $3, organisation_ids = $4, age_band = $5, cohorts = $6, updated_at = now()`,
    [data.personId, data.partnershipId, data.kind, data.organisationIds, data.ageBand, data.cohorts],
  );
  await joinRegister(tx, data.personId);
  await refreshPersonReach(tx, data.personId);
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
