import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventHandler } from '../consumer/handle-with-inbox';
import type { PersonKind, PersonSnapshot } from '../events/catalogue/people';

/**
 * A person as a service that only needs to know them keeps them, from people's events: their
 * partnership, kind and organisations (what membershipIn checks token claims against, and what
 * access rules ask). The table `known_person` of the service's own schema; list the entity in
 * the service's entities and create the table in its migration.
 */
@Entity({ name: 'known_person' })
export class PersonProjectionEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') kind!: PersonKind;
  @Column('uuid', { name: 'organisation_ids', array: true }) organisationIds!: string[];
}

/** PersonRegistered / PersonProfileChanged → PersonProjectionEntity (an upsert: a redelivery changes nothing). */
export const projectPerson: EventHandler<PersonSnapshot> = async ({ data }, tx) => {
  const { personId, partnershipId, kind, organisationIds } = data;
  await tx.upsert(PersonProjectionEntity, { personId, partnershipId, kind, organisationIds }, ['personId']);
};
