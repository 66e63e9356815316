import { EventHandler, forgetPersonInPlatformTables, PersonErased } from '@voicegraph/platform';

/**
 * Erasure: forget that the person took part and received feedback; their voice checks stay as
 * anonymous answers (no person id, no free-text comment); staff links are cleared too.
 */
export const erasePerson: EventHandler<PersonErased> = async ({ data }, tx) => {
  const { personId } = data;
  await tx.query(`DELETE FROM feedback.known_person WHERE person_id = $1`, [personId]);
  await tx.query(`DELETE FROM feedback.participant WHERE person_id = $1`, [personId]);
  await tx.query(`DELETE FROM feedback.feedback_recipient WHERE person_id = $1`, [personId]);
  await tx.query(`UPDATE feedback.voice_check SET person_id = NULL, comment = NULL WHERE person_id = $1`, [personId]);
  await tx.query(`UPDATE feedback.outcome SET recorded_by = NULL WHERE recorded_by = $1`, [personId]);
  await tx.query(`UPDATE feedback.feedback_message SET sent_by = NULL WHERE sent_by = $1`, [personId]);
  await forgetPersonInPlatformTables(tx, personId);
};
