import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  optionalText,
  PeopleEvents,
  recordAudit,
  requireRole,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { PartnershipEntity } from '../entities';

export interface CreatePartnershipInput {
  name: string;
  description?: string | null;
  suppressionThreshold?: number | null;
}

export async function createPartnership(
  ctx: RequestContext,
  input: CreatePartnershipInput,
): Promise<PartnershipEntity> {
  const actor = requireRole(ctx.actor, ['PARTNERSHIP_ADMIN'], 'create a partnership');
  const name = requireText('name', input.name, 200);
  const description = optionalText('description', input.description, 2000);
  const threshold = input.suppressionThreshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 50) {
    throw badUserInput(
      `suppressionThreshold must be from 1 to 50 (got ${threshold}); 5 is the usual choice for data about children.`,
      'suppressionThreshold',
    );
  }
  return ctx.dataSource.transaction(async (tx) => {
    const partnership = tx.create(PartnershipEntity, {
      id: randomUUID(),
      name,
      description,
      suppressionThreshold: threshold,
    });
    await tx.insert(PartnershipEntity, partnership);
    await enqueueEvent(tx, PeopleEvents.PartnershipCreated, partnership.id, {
      partnershipId: partnership.id,
      name,
      suppressionThreshold: threshold,
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Partnership', entityId: partnership.id });
    return tx.findOneByOrFail(PartnershipEntity, { id: partnership.id });
  });
}
