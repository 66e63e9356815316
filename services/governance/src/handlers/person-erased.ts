import { EventHandler, forgetPersonInPlatformTables, PersonErased } from '@voicegraph/platform';
import { AgendaItemEntity, AttendanceEntity, PersonProjectionEntity, SeatEntity } from '../entities';

/**
 * Anonymises the person's seats, attendance and presentations (roles and "young person" flags
 * stay, so counts of seats held by young people survive), forgets them in the audit log and
 * drops the projection row. Idempotent: a second run finds nothing to change.
 */
export const erasePerson: EventHandler<PersonErased> = async ({ data }, tx) => {
  const { personId } = data;
  await tx.update(SeatEntity, { personId }, { personId: null });
  await tx.update(AttendanceEntity, { personId }, { personId: null });
  await tx.update(AgendaItemEntity, { presenterId: personId }, { presenterId: null });
  await tx.delete(PersonProjectionEntity, { personId });
  await forgetPersonInPlatformTables(tx, personId);
  // An event about them parked for an operator would otherwise keep their id.
};
