import {
  Actor,
  enqueueEvent,
  forbidden,
  hasRole,
  PeopleEvents,
  recordAudit,
  requireActor,
  RequestContext,
} from '@voicegraph/platform';
import { canManagePerson } from '../domain/access';
import { PersonFieldsInput, validatePersonFields } from '../domain/person-fields';
import { EntityManager, IsNull } from 'typeorm';
import { selfConsentsInvalidFor } from '../domain/consent-state';
import { ConsentEntity, PersonEntity } from '../entities';
import { endConsents } from './end-consents';
import { loadPersonForChange } from './load-person-for-change';
import { organisationsInPartnership } from './organisations-in-partnership';
import { personSnapshot } from './person-snapshot';

export interface UpdatePersonInput extends PersonFieldsInput {
  id: string;
  organisationIds?: string[] | null;
}

/**
 * Fields a person may change on their own record. Not dateOfBirth: it decides who may give
 * participation consent (under 13: a parent or carer), so only a participation lead corrects it,
 * audited, and the correction re-judges existing consents (issue 13).
 */
const SELF_EDITABLE = new Set([
  'displayName',
  'givenName',
  'familyName',
  'email',
  'phone',
  'ethnicity',
  'participationRoles',
]);
/** Fields only a participation lead may change on someone else's record. */
const LEAD_ONLY = new Set(['cohorts', 'ethnicity', 'dateOfBirth']);

export async function updatePerson(ctx: RequestContext, input: UpdatePersonInput): Promise<PersonEntity> {
  const actor = requireActor(ctx.actor);
  const { id, organisationIds, ...profile } = input;
  const fields = validatePersonFields(profile);
  const changed = [...Object.keys(fields), ...(organisationIds != null ? ['organisationIds'] : [])];
  return ctx.dataSource.transaction(async (tx) => {
    const person = await loadPersonForChange(tx, actor, id);
    const isSelf = person.id === actor.personId;
    const manages = canManagePerson(actor, person);
    const notAllowed = changed.filter((field) => {
      if (manages)
        return LEAD_ONLY.has(field) && !hasRole(actor, 'PARTICIPATION_LEAD') && !(isSelf && SELF_EDITABLE.has(field));
      return !(isSelf && SELF_EDITABLE.has(field));
    });
    if (notAllowed.length > 0) throw forbidden(notAllowedMessage(notAllowed, isSelf));
    if (changed.length === 0) return person;
    if (organisationIds != null) {
      // Memberships the caller is not part of must survive a practitioner's change.
      const kept = hasRole(actor, 'PARTNERSHIP_ADMIN')
        ? []
        : person.organisationIds.filter((org) => !actor.organisationIds.includes(org));
      const chosen = await organisationsInPartnership(tx, actor, person.partnershipId, organisationIds, person.kind);
      person.organisationIds = [...new Set([...kept, ...chosen])];
    }
    const dateOfBirthChanged = 'dateOfBirth' in fields && fields.dateOfBirth !== person.dateOfBirth;
    Object.assign(person, fields, { updatedAt: new Date() });
    const snapshot = personSnapshot(person);
    person.publishedAgeBand = snapshot.ageBand;
    await tx.save(PersonEntity, person);
    await enqueueEvent(tx, PeopleEvents.PersonProfileChanged, person.id, {
      ...snapshot,
      changedFields: changed,
    });
    await recordAudit(tx, actor, { action: 'UPDATE', entity: 'Person', entityId: person.id, fields: changed });
    if (dateOfBirthChanged && person.kind === 'YOUNG_PERSON') await rejudgeConsents(tx, actor, person);
    return person;
  });
}

function notAllowedMessage(fields: string[], isSelf: boolean): string {
  if (isSelf && fields.includes('dateOfBirth'))
    return 'You may not change your own date of birth: ask your worker or participation lead to correct it.';
  return `You may not change ${fields.join(', ')} on this record.`;
}

/** A corrected date of birth ends the SELF participation consents the person was too young to give. */
async function rejudgeConsents(tx: EntityManager, actor: Actor, person: PersonEntity): Promise<void> {
  const current = await tx.find(ConsentEntity, { where: { personId: person.id, withdrawnAt: IsNull() } });
  await endConsents(tx, actor, person, selfConsentsInvalidFor(current, person.dateOfBirth), 'DATE_OF_BIRTH_CHANGED');
}
