import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeBand, Cohort, LadderLevel, ParticipationContext } from '@voicegraph/platform';
import type { Boundary, ConsultationKind, ConsultationMode, ConsultationStatus } from '../domain/consultation-rules';

@Entity({ name: 'consultation' })
export class ConsultationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) summary!: string | null;
  @Column('text') kind!: ConsultationKind;
  @Column('text', { name: 'ladder_level' }) ladderLevel!: LadderLevel;
  @Column('text') context!: ParticipationContext;
  @Column('text') mode!: ConsultationMode;
  @Column('text', { array: true, default: () => "'{}'" }) themes!: string[];
  @Column('text') status!: ConsultationStatus;
  @Column('uuid', { name: 'lead_organisation_id' }) leadOrganisationId!: string;
  @Column('uuid', { name: 'partner_organisation_ids', array: true, default: () => "'{}'" })
  partnerOrganisationIds!: string[];
  @Column('text', { name: 'target_cohorts', array: true, default: () => "'{}'" }) targetCohorts!: Cohort[];
  @Column('text', { name: 'target_age_bands', array: true, default: () => "'{}'" }) targetAgeBands!: AgeBand[];
  @Column('jsonb', { default: () => "'[]'" }) boundaries!: Boundary[];
  @Column('timestamptz', { name: 'opens_at', nullable: true }) opensAt!: Date | null;
  @Column('timestamptz', { name: 'closes_at', nullable: true }) closesAt!: Date | null;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
