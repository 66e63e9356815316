import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  enqueueEvent,
  forbidden,
  optionalText,
  PeopleEvents,
  recordAudit,
  requireRole,
  requireText,
  RequestContext,
} from '@voicegraph/platform';
import { PartnershipEntity, PersonEntity } from '../entities';
import { insertPerson } from './insert-person';

/** What the founder is called until they change it (`updatePerson`: displayName is theirs to edit). */
export const FOUNDER_DISPLAY_NAME = 'Partnership admin';

export interface CreatePartnershipInput {
  name: string;
  description?: string | null;
  suppressionThreshold?: number | null;
}

/**
 * The bootstrap (docs/privacy.md#token-claims): a partnership is founded by someone nobody has
 * registered yet, signed in as PARTNERSHIP_ADMIN with a token naming no partnership (the only
 * thing such a stranger may do, guarded by the platform's claims check). They become the new
 * partnership's first member of staff, with no organisations, in the same transaction, so their
 * next sign-in naming it is checked like everyone's. Someone already registered cannot found
 * another: their registration stays in one partnership.
 */
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
    // One founding per founder, even when two arrive at once.
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`found:${actor.personId}`]);
    if (await tx.existsBy(PersonEntity, { id: actor.personId }))
      throw forbidden(
        'You are already registered in a partnership, so you cannot found another: a partnership is founded by ' +
          'someone not yet registered, who becomes its first admin. Ask for a founder sign-in.',
      );
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
    await insertPerson(tx, actor, {
      id: actor.personId,
      partnershipId: partnership.id,
      kind: 'STAFF',
      organisationIds: [],
      fields: { displayName: FOUNDER_DISPLAY_NAME },
    });
    return tx.findOneByOrFail(PartnershipEntity, { id: partnership.id });
  });
}
