import { EventHandler, forgetPersonInPlatformTables, PersonErased } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { forgetPersonReach } from '../analytics/reach-month';
import { leaveRegister } from '../analytics/registered-young-people';

/** Erasure: the person's projection goes; their contributions and participations stay, unlinked, without their words. */
export const erasePerson: EventHandler<PersonErased> = async ({ data }, tx) => {
  await eraseFromConsultations(tx, data.personId);
};

export async function eraseFromConsultations(tx: EntityManager, personId: string): Promise<void> {
  await leaveRegister(tx, personId);
  await tx.query(`DELETE FROM consultations.person_projection WHERE person_id = $1`, [personId]);
  await tx.query(`DELETE FROM consultations.participation_consent WHERE person_id = $1`, [personId]);
  await tx.query(`DELETE FROM consultations.contribution_removal WHERE person_id = $1`, [personId]);
  // Audit rows of their anonymous contributions carry a keyed pseudonym, not their id: clear it too.
  await tx.query(
    `UPDATE consultations.audit_log SET actor_id = NULL
      WHERE entity = 'Contribution' AND entity_id IN (SELECT id FROM consultations.contribution WHERE person_id = $1 AND anonymous)`,
    [personId],
  );
  await tx.query(
    `UPDATE consultations.contribution SET person_id = NULL, text = '', redacted = true WHERE person_id = $1`,
    [personId],
  );
  await tx.query(`UPDATE consultations.participation SET person_id = NULL WHERE person_id = $1`, [personId]);
  await forgetPersonReach(tx, personId);
  await forgetPersonInPlatformTables(tx, personId);
}
