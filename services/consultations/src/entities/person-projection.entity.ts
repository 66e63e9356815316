import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeBand, Cohort, PersonKind } from '@voicegraph/platform';

/** What consultations knows about a person, from people's events: no names, no birth date. */
@Entity({ name: 'person_projection' })
export class PersonProjectionEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') kind!: PersonKind;
  @Column('uuid', { name: 'organisation_ids', array: true, default: () => "'{}'" }) organisationIds!: string[];
  @Column('text', { name: 'age_band' }) ageBand!: AgeBand;
  @Column('text', { array: true, default: () => "'{}'" }) cohorts!: Cohort[];
  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
