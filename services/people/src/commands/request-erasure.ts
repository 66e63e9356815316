import {
  enqueueEvent,
  forbidden,
  forgetPersonInPlatformTables,
  lockPeopleForErasure,
  PeopleEvents,
  recordAudit,
  recordErasureTombstone,
  requireActor,
  RequestContext,
} from '@voicegraph/platform';
import { canErase } from '../domain/access';
import { ConsentEntity, PersonEntity } from '../entities';
import { loadPersonForChange } from './load-person-for-change';

export interface ErasureReceipt {
  personId: string;
  erasedAt: Date;
}

/**
 * Deletes the person's identifying data here (the row and their consents), forgets them in
 * the audit log, and emits PersonErased so every other service removes its copies.
 */
export async function requestErasure(ctx: RequestContext, input: { personId: string }): Promise<ErasureReceipt> {
  const actor = requireActor(ctx.actor);
  return ctx.dataSource.transaction(async (tx) => {
    const person = await loadPersonForChange(tx, actor, input.personId);
    if (!canErase(actor, person))
      throw forbidden(
        'Only the person themself, or a participation lead or partnership admin who supports them, can request erasure.',
      );
    await lockPeopleForErasure(tx, [person.id], 'erase');
    await recordErasureTombstone(tx, ctx.config.erasureKey, person.id);
    await tx.delete(ConsentEntity, { personId: person.id });
    await tx.update(ConsentEntity, { recordedBy: person.id }, { recordedBy: null });
    await tx.delete(PersonEntity, { id: person.id });
    await forgetPersonInPlatformTables(tx, person.id);
    await enqueueEvent(tx, PeopleEvents.PersonErased, person.id, {
      personId: person.id,
      partnershipId: person.partnershipId,
    });
    const self = actor.personId === person.id;
    await recordAudit(tx, self ? null : actor, { action: 'ERASE', entity: 'Person', entityId: null });
    return { personId: person.id, erasedAt: new Date() };
  });
}
