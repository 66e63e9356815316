import { randomUUID } from 'node:crypto';
import { forbidden, hasRole, PersonKind, requirePartnership, requireRole, RequestContext } from '@voicegraph/platform';
import { PersonFieldsInput, restrictedFieldsIn, validatePersonFields } from '../domain/person-fields';
import { PersonEntity } from '../entities';
import { insertPerson } from './insert-person';
import { organisationsInPartnership } from './organisations-in-partnership';

export interface RegisterPersonInput extends PersonFieldsInput {
  kind: PersonKind;
  organisationIds: string[];
  displayName: string;
}

export async function registerPerson(ctx: RequestContext, input: RegisterPersonInput): Promise<PersonEntity> {
  const actor = requireRole(
    ctx.actor,
    ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'],
    'register a person',
  );
  const partnershipId = requirePartnership(actor);
  const { kind, organisationIds, ...profile } = input;
  const fields = validatePersonFields(profile);
  const restricted = restrictedFieldsIn(fields).filter((key) => key !== 'cohorts' || (fields.cohorts ?? []).length > 0);
  if (restricted.length > 0 && !hasRole(actor, 'PARTICIPATION_LEAD')) {
    throw forbidden(`Only a participation lead may record ${restricted.join(' and ')} (special-category data).`);
  }
  return ctx.dataSource.transaction(async (tx) => {
    const memberships = await organisationsInPartnership(tx, actor, partnershipId, organisationIds, kind);
    return insertPerson(tx, actor, {
      id: randomUUID(),
      partnershipId,
      kind,
      organisationIds: memberships,
      fields: { ...fields, displayName: fields.displayName! },
    });
  });
}
