import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentEndReason, ConsentGiver, ConsentKind } from '@voicegraph/platform';

@Entity({ name: 'consent' })
export class ConsentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('text') kind!: ConsentKind;
  @Column('text', { name: 'given_by' }) givenBy!: ConsentGiver;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy!: string | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt!: Date;
  @Column('date', { name: 'expires_on', nullable: true }) expiresOn!: string | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  /** Why it stopped being current (set with withdrawnAt). */
  @Column('text', { name: 'withdrawal_reason', nullable: true }) withdrawalReason!: ConsentEndReason | null;
}
