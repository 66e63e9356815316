import { CloudEvent, EventHandler, OrganisationRegistered, PersonSnapshot } from '@voicegraph/platform';
import { KnownOrganisationEntity, KnownPersonEntity } from '../entities';

/** PersonRegistered / PersonProfileChanged: keep who is in which partnership, and whether they are a young person. */
export const rememberPerson: EventHandler = async (event, tx) => {
  const { personId, partnershipId, kind, organisationIds } = (event as CloudEvent<PersonSnapshot>).data;
  await tx.upsert(KnownPersonEntity, { personId, partnershipId, kind, organisationIds }, ['personId']);
};

export const rememberOrganisation: EventHandler = async (event, tx) => {
  const { organisationId, partnershipId } = (event as CloudEvent<OrganisationRegistered>).data;
  await tx.upsert(KnownOrganisationEntity, { organisationId, partnershipId }, ['organisationId']);
};
