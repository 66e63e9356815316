import { CloudEvent, EventHandler, forgetPersonInPlatformTables, PersonErased } from '@voicegraph/platform';
import { AgendaItemEntity, AttendanceEntity, KnownPersonEntity, SeatEntity } from '../entities';

/**
 * Anonymises the person's seats, attendance and presentations (roles and "young person" flags
 * stay, so counts of seats held by young people survive), forgets them in the audit log and
 * drops the projection row. Idempotent: a second run finds nothing to change.
 */
export const forgetPerson: EventHandler = async (event, tx) => {
  const { personId } = (event as CloudEvent<PersonErased>).data;
  await tx.update(SeatEntity, { personId }, { personId: null });
  await tx.update(AttendanceEntity, { personId }, { personId: null });
  await tx.update(AgendaItemEntity, { presenterId: personId }, { presenterId: null });
  await tx.delete(KnownPersonEntity, { personId });
  await forgetPersonInPlatformTables(tx, personId);
  // An event about them parked for an operator would otherwise keep their id.
};
