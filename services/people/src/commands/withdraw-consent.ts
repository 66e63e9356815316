import { ConsentKind, conflict, forbidden, requireActor, RequestContext } from '@voicegraph/platform';
import { IsNull } from 'typeorm';
import { canManagePerson } from '../domain/access';
import { ConsentEntity } from '../entities';
import { endConsents } from './end-consents';
import { loadPersonForChange } from './load-person-for-change';

export interface WithdrawConsentInput {
  personId: string;
  kind: ConsentKind;
}

export async function withdrawConsent(ctx: RequestContext, input: WithdrawConsentInput): Promise<ConsentEntity> {
  const actor = requireActor(ctx.actor);
  return ctx.dataSource.transaction(async (tx) => {
    const person = await loadPersonForChange(tx, actor, input.personId);
    if (person.id !== actor.personId && !canManagePerson(actor, person))
      throw forbidden('Only the person themself or staff of their organisations can withdraw their consent.');
    const current = await tx.find(ConsentEntity, {
      where: { personId: person.id, kind: input.kind, withdrawnAt: IsNull() },
      order: { recordedAt: 'ASC' },
    });
    if (current.length === 0) throw conflict(`There is no current ${input.kind} consent to withdraw for this person.`);
    await endConsents(tx, actor, person, current, 'WITHDRAWN');
    return current[current.length - 1];
  });
}
