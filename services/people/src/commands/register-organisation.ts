import { randomUUID } from 'node:crypto';
import {
  conflict,
  enqueueEvent,
  forbidden,
  notFound,
  PeopleEvents,
  recordAudit,
  requireRole,
  requireText,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { OrganisationEntity, PartnershipEntity } from '../entities';

export interface RegisterOrganisationInput {
  partnershipId: string;
  name: string;
  kind: string;
}

export async function registerOrganisation(
  ctx: RequestContext,
  input: RegisterOrganisationInput,
): Promise<OrganisationEntity> {
  const actor = requireRole(ctx.actor, ['PARTNERSHIP_ADMIN'], 'register an organisation');
  const partnershipId = requireUuid('partnershipId', input.partnershipId);
  const name = requireText('name', input.name, 200);
  if (actor.partnershipId !== partnershipId)
    throw forbidden('You can only register organisations in your own partnership.');
  return ctx.dataSource.transaction(async (tx) => {
    if (!(await tx.existsBy(PartnershipEntity, { id: partnershipId }))) throw notFound('partnership', partnershipId);
    if (await tx.existsBy(OrganisationEntity, { partnershipId, name }))
      throw conflict(`An organisation called "${name}" is already registered in this partnership.`);
    const organisation = tx.create(OrganisationEntity, { id: randomUUID(), partnershipId, name, kind: input.kind });
    await tx.insert(OrganisationEntity, organisation);
    await enqueueEvent(tx, PeopleEvents.OrganisationRegistered, organisation.id, {
      organisationId: organisation.id,
      partnershipId,
      name,
      kind: input.kind,
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Organisation', entityId: organisation.id });
    return tx.findOneByOrFail(OrganisationEntity, { id: organisation.id });
  });
}
