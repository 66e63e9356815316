import { Actor, notFound, requireUuid } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { canSeePerson } from '../domain/access';
import { PersonEntity } from '../entities';

/** Locks a person row for a change; people the caller may not see are NOT_FOUND (no existence leak). */
export async function loadPersonForChange(tx: EntityManager, actor: Actor, id: string): Promise<PersonEntity> {
  const personId = requireUuid('personId', id);
  const person = await tx.findOne(PersonEntity, { where: { id: personId }, lock: { mode: 'pessimistic_write' } });
  if (!person || !canSeePerson(actor, person)) throw notFound('person', personId);
  return person;
}
