import { Entity, PrimaryColumn } from 'typeorm';

/** Who a feedback message went to: the consultation's participants when it was sent. */
@Entity({ name: 'feedback_recipient' })
export class FeedbackRecipientEntity {
  @PrimaryColumn('uuid', { name: 'feedback_id' }) feedbackId!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
}
