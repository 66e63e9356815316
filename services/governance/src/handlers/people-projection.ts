import { EventHandler, OrganisationRegistered, PersonSnapshot } from '@voicegraph/platform';
import { OrganisationProjectionEntity, PersonProjectionEntity } from '../entities';

/** PersonRegistered / PersonProfileChanged: keep who is in which partnership, and whether they are a young person. */
export const projectPerson: EventHandler<PersonSnapshot> = async ({ data }, tx) => {
  const { personId, partnershipId, kind, organisationIds } = data;
  await tx.upsert(PersonProjectionEntity, { personId, partnershipId, kind, organisationIds }, ['personId']);
};

export const projectOrganisation: EventHandler<OrganisationRegistered> = async ({ data }, tx) => {
  const { organisationId, partnershipId } = data;
  await tx.upsert(OrganisationProjectionEntity, { organisationId, partnershipId }, ['organisationId']);
};
