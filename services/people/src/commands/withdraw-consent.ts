import {
  ConsentKind,
  conflict,
  enqueueEvent,
  forbidden,
  PeopleEvents,
  recordAudit,
  requireActor,
  RequestContext,
} from '@voicegraph/platform';
import { IsNull } from 'typeorm';
import { canManagePerson } from '../domain/access';
import { ConsentEntity } from '../entities';
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
    const withdrawnAt = new Date();
    for (const consent of current) {
      consent.withdrawnAt = withdrawnAt;
      await tx.save(ConsentEntity, consent);
      await enqueueEvent(tx, PeopleEvents.ConsentWithdrawn, person.id, {
        consentId: consent.id,
        personId: person.id,
        partnershipId: person.partnershipId,
        kind: input.kind,
      });
    }
    await recordAudit(tx, actor, {
      action: 'WITHDRAW_CONSENT',
      entity: 'Person',
      entityId: person.id,
      fields: [input.kind],
    });
    return current[current.length - 1];
  });
}
