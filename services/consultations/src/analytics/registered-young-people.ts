import { EntityManager } from 'typeorm';

/**
 * Keeps consultations.registered_young_people in step with the person projection (migration
 * 1763800000230). Call leaveRegister before a person's projection row changes or goes, and
 * joinRegister after it is written, in the same transaction.
 */
export async function leaveRegister(tx: EntityManager, personId: string): Promise<void> {
  await tx.query(
    `UPDATE consultations.registered_young_people g SET people = g.people - 1
       FROM consultations.person_projection pp
      WHERE pp.person_id = $1 AND pp.kind = 'YOUNG_PERSON'
        AND g.partnership_id = pp.partnership_id AND g.age_band = pp.age_band
        AND g.cohorts = consultations.sorted_set(pp.cohorts) AND g.organisation_ids = consultations.sorted_set(pp.organisation_ids)`,
    [personId],
  );
}

export async function joinRegister(tx: EntityManager, personId: string): Promise<void> {
  await tx.query(
    `INSERT INTO consultations.registered_young_people AS g (partnership_id, age_band, cohorts, organisation_ids, people)
     SELECT partnership_id, age_band, consultations.sorted_set(cohorts), consultations.sorted_set(organisation_ids), 1
       FROM consultations.person_projection WHERE person_id = $1 AND kind = 'YOUNG_PERSON'
     ON CONFLICT (partnership_id, age_band, cohorts, organisation_ids) DO UPDATE SET people = g.people + 1`,
    [personId],
  );
}
