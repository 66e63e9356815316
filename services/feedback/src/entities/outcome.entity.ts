import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BoundaryKind, OutcomeStatus } from '@voicegraph/platform';

/** What happened to a finding: "You said … we did …", or why not. One per finding. */
@Entity({ name: 'outcome' })
export class OutcomeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('text', { name: 'finding_title' }) findingTitle!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'decision_id', nullable: true }) decisionId!: string | null;
  @Column('text') status!: OutcomeStatus;
  @Column('text', { name: 'you_said' }) youSaid!: string;
  @Column('text', { name: 'we_did' }) weDid!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { nullable: true }) boundary!: BoundaryKind | null;
  @Column('boolean', { default: false }) published!: boolean;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
