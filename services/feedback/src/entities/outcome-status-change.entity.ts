import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OutcomeStatus } from '@voicegraph/platform';

/** One step of an outcome's history: its status before and after a change. No person ids. */
@Entity({ name: 'outcome_status_change' })
export class OutcomeStatusChangeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'outcome_id' }) outcomeId!: string;
  @Column('text', { name: 'previous_status', nullable: true }) previousStatus!: OutcomeStatus | null;
  @Column('text') status!: OutcomeStatus;
  @Column({ type: 'timestamptz', precision: 3, name: 'changed_at', default: () => 'now()' }) changedAt!: Date;
}
