import { randomUUID } from 'node:crypto';
import {
  conflict,
  enqueueEvent,
  GovernanceEvents,
  optionalText,
  recordAudit,
  requirePartnership,
  requireRole,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { ForumKind } from '../domain/vocabulary';
import { ForumEntity } from '../entities';
import { governedOrganisation } from './references';

export interface CreateForumInput {
  name: string;
  kind: ForumKind;
  purpose?: string | null;
  organisationId?: string | null;
}

export async function createForum(ctx: RequestContext, input: CreateForumInput): Promise<ForumEntity> {
  const actor = requireRole(ctx.actor, ['PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'], 'create a forum');
  const partnershipId = requirePartnership(actor);
  const name = requireText('name', input.name, 200);
  const purpose = optionalText('purpose', input.purpose, 2000);
  return ctx.dataSource.transaction(async (tx) => {
    const organisationId = await governedOrganisation(tx, actor, partnershipId, input.organisationId, 'forums');
    if (await tx.existsBy(ForumEntity, { partnershipId, name }))
      throw conflict(`A forum called "${name}" already exists in your partnership.`);
    const forum = tx.create(ForumEntity, {
      id: randomUUID(),
      partnershipId,
      organisationId,
      name,
      kind: input.kind,
      purpose,
    });
    await tx.insert(ForumEntity, forum);
    await enqueueEvent(tx, GovernanceEvents.ForumCreated, forum.id, {
      forumId: forum.id,
      partnershipId,
      organisationId,
      name,
      kind: input.kind,
    });
    await recordAudit(tx, actor, { action: 'CREATE', entity: 'Forum', entityId: forum.id });
    return tx.findOneByOrFail(ForumEntity, { id: forum.id });
  });
}
