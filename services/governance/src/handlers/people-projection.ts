import { EventHandler, OrganisationRegistered } from '@voicegraph/platform';
import { OrganisationProjectionEntity } from '../entities';

/** OrganisationRegistered: which partnership an organisation is of (an upsert: idempotent). */
export const projectOrganisation: EventHandler<OrganisationRegistered> = async ({ data }, tx) => {
  const { organisationId, partnershipId } = data;
  await tx.upsert(OrganisationProjectionEntity, { organisationId, partnershipId }, ['organisationId']);
};
