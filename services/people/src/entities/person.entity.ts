import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeBand, Cohort, PersonKind } from '@voicegraph/platform';

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') kind!: PersonKind;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'given_name', nullable: true }) givenName!: string | null;
  @Column('text', { name: 'family_name', nullable: true }) familyName!: string | null;
  @Column('date', { name: 'date_of_birth', nullable: true }) dateOfBirth!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) cohorts!: Cohort[];
  @Column('text', { nullable: true }) ethnicity!: string | null;
  @Column('text', { name: 'participation_roles', array: true, default: () => "'{}'" }) participationRoles!: string[];
  /** Memberships, as an array with a GIN index: read with the person, filtered with `&&`. */
  @Column('uuid', { name: 'organisation_ids', array: true }) organisationIds!: string[];
  /** The age band other services were last told; the birthday job moves it on. */
  @Column('text', { name: 'published_age_band', default: 'UNKNOWN' }) publishedAgeBand!: AgeBand;
  /** The latest activity other services reported (their events); see the retention rule. */
  @Column('timestamptz', { name: 'last_activity_at', nullable: true }) lastActivityAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
