import { Actor, enqueueEvent, PeopleEvents, PersonKind, recordAudit } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { PersonFields } from '../domain/person-fields';
import { PersonEntity } from '../entities';
import { personSnapshot } from './person-snapshot';

export interface NewPerson {
  id: string;
  partnershipId: string;
  kind: PersonKind;
  organisationIds: string[];
  fields: PersonFields & { displayName: string };
}

/** Registers a person inside `tx`: the row, `PersonRegistered` (other services' projections) and the audit entry. */
export async function insertPerson(tx: EntityManager, actor: Actor, person: NewPerson): Promise<PersonEntity> {
  const { fields, ...registration } = person;
  const row = tx.create(PersonEntity, { ...fields, ...registration });
  row.publishedAgeBand = personSnapshot(row).ageBand;
  await tx.insert(PersonEntity, row);
  const saved = await tx.findOneByOrFail(PersonEntity, { id: row.id });
  await enqueueEvent(tx, PeopleEvents.PersonRegistered, saved.id, personSnapshot(saved));
  await recordAudit(tx, actor, { action: 'CREATE', entity: 'Person', entityId: saved.id, fields: Object.keys(fields) });
  return saved;
}
