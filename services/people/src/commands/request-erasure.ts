import { forbidden, lockPeopleForErasure, requireActor, RequestContext, requireUuid } from '@voicegraph/platform';
import { canErase } from '../domain/access';
import { erasePersonRecord } from './erase-person';
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
    // The erasure lock before the row lock, in the order consumers take them (people's activity
    // handlers write the row under the shared erasure lock): the other order can deadlock.
    const personId = requireUuid('personId', input.personId);
    await lockPeopleForErasure(tx, [personId], 'erase');
    const person = await loadPersonForChange(tx, actor, personId);
    if (!canErase(actor, person))
      throw forbidden(
        'Only the person themself, or a participation lead or partnership admin who supports them, can request erasure.',
      );
    const self = actor.personId === person.id;
    await erasePersonRecord(tx, ctx.config.erasureKey, person, self ? null : actor, 'REQUEST');
    return { personId: person.id, erasedAt: new Date() };
  });
}
