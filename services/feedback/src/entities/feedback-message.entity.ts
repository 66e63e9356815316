import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Feedback sent to a consultation's participants. */
@Entity({ name: 'feedback_message' })
export class FeedbackMessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'obligation_id', nullable: true }) obligationId!: string | null;
  @Column('text') channel!: string;
  @Column('text') text!: string;
  @Column('uuid', { name: 'outcome_ids', array: true }) outcomeIds!: string[];
  @Column('int', { name: 'recipient_count' }) recipientCount!: number;
  @Column('uuid', { name: 'sent_by', nullable: true }) sentBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'sent_at' }) sentAt!: Date;
  @Column('boolean', { name: 'on_time', nullable: true }) onTime!: boolean | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
