import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contribution deleted because it came at or after its author's consent withdrawal; no words kept (migration 1765100000200). */
@Entity({ name: 'contribution_removal' })
export class ContributionRemovalEntity {
  @PrimaryColumn('uuid', { name: 'contribution_id' }) contributionId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('date', { name: 'submitted_on' }) submittedOn!: string;
  @Column('timestamptz', { name: 'consent_withdrawn_at' }) consentWithdrawnAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'removed_at', default: () => 'now()' }) removedAt!: Date;
  @Column('text') reason!: 'CONSENT_WITHDRAWN';
}
