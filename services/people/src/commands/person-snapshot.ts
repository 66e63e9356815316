import { PersonSnapshot } from '@voicegraph/platform';
import { ageBandOf } from '../domain/age';
import { PersonEntity } from '../entities';

/** What other services learn about a person: ids, kind, age band and cohorts — no names, no birth date. */
export function personSnapshot(person: PersonEntity, on: Date = new Date()): PersonSnapshot {
  return {
    personId: person.id,
    partnershipId: person.partnershipId,
    kind: person.kind,
    organisationIds: person.organisationIds,
    ageBand: ageBandOf(person.dateOfBirth, on),
    cohorts: person.cohorts,
  };
}
