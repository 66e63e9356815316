import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  calendarDate,
  ConsentGiver,
  ConsentKind,
  enqueueEvent,
  forbidden,
  PeopleEvents,
  recordAudit,
  RequestContext,
  requireActor,
} from '@voicegraph/platform';
import { canManagePerson } from '../domain/access';
import { needsParentalConsent } from '../domain/age';
import { ConsentEntity } from '../entities';
import { loadPersonForChange } from './load-person-for-change';

export interface RecordConsentInput {
  personId: string;
  kind: ConsentKind;
  givenBy: ConsentGiver;
  expiresOn?: string | null;
}

export async function recordConsent(ctx: RequestContext, input: RecordConsentInput): Promise<ConsentEntity> {
  const actor = requireActor(ctx.actor);
  const today = calendarDate();
  if (input.expiresOn && input.expiresOn <= today)
    throw badUserInput(`expiresOn must be a future date (got ${input.expiresOn}).`, 'expiresOn');
  return ctx.dataSource.transaction(async (tx) => {
    const person = await loadPersonForChange(tx, actor, input.personId);
    const isSelf = person.id === actor.personId;
    if (!isSelf && !canManagePerson(actor, person))
      throw forbidden('Only the person themself or staff of their organisations can record their consent.');
    if (isSelf && input.givenBy !== 'SELF')
      throw forbidden("A parent or carer's consent must be recorded by a member of staff.");
    if (
      input.kind === 'PARTICIPATION' &&
      person.kind === 'YOUNG_PERSON' &&
      input.givenBy === 'SELF' &&
      needsParentalConsent(person.dateOfBirth)
    ) {
      throw badUserInput(
        person.dateOfBirth
          ? 'This young person is under 13: participation consent must be given by a parent or carer (givenBy: PARENT_OR_CARER).'
          : "No date of birth is recorded, so we cannot tell this young person is 13 or over: record their date of birth, or a parent or carer's consent.",
        'givenBy',
      );
    }
    const consent = tx.create(ConsentEntity, {
      id: randomUUID(),
      personId: person.id,
      kind: input.kind,
      givenBy: input.givenBy,
      recordedBy: actor.personId,
      expiresOn: input.expiresOn ?? null,
    });
    await tx.insert(ConsentEntity, consent);
    await enqueueEvent(tx, PeopleEvents.ConsentRecorded, person.id, {
      consentId: consent.id,
      personId: person.id,
      partnershipId: person.partnershipId,
      kind: input.kind,
      givenBy: input.givenBy,
      expiresOn: input.expiresOn ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'RECORD_CONSENT',
      entity: 'Person',
      entityId: person.id,
      fields: [input.kind],
    });
    return tx.findOneByOrFail(ConsentEntity, { id: consent.id });
  });
}
