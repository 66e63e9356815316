import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PersonKind } from '@voicegraph/platform';

/** A person, from people's events: their partnership and organisations (for the subject access rule). */
@Entity({ name: 'known_person' })
export class PersonProjectionEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') kind!: PersonKind;
  @Column('uuid', { name: 'organisation_ids', array: true }) organisationIds!: string[];
}
