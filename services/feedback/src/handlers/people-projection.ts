import { EventHandler, PersonSnapshot } from '@voicegraph/platform';
import { PersonProjectionEntity } from '../entities';

/** PersonRegistered / PersonProfileChanged: keep who is in which partnership and organisations (an upsert: idempotent). */
export const projectPerson: EventHandler<PersonSnapshot> = async ({ data }, tx) => {
  const { personId, partnershipId, kind, organisationIds } = data;
  await tx.upsert(PersonProjectionEntity, { personId, partnershipId, kind, organisationIds }, ['personId']);
};
