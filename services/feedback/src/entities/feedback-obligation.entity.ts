import { Column, Entity, PrimaryColumn } from 'typeorm';

/** NOT_OWED: its consultation was cancelled, so no feedback is owed on it. */
export type ObligationState = 'OPEN' | 'OVERDUE' | 'MET' | 'NOT_OWED';

/** Feedback owed to a closed consultation's participants, due a set number of days after closing. */
@Entity({ name: 'feedback_obligation' })
export class FeedbackObligationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('timestamptz', { name: 'closed_at' }) closedAt!: Date;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('text', { default: 'OPEN' }) status!: ObligationState;
  @Column('timestamptz', { name: 'met_at', nullable: true }) metAt!: Date | null;
  @Column('boolean', { name: 'on_time', nullable: true }) onTime!: boolean | null;
  @Column('timestamptz', { name: 'overdue_at', nullable: true }) overdueAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
