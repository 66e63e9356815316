import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LundyAnswer } from '@voicegraph/platform';

/** A young person's answers to the Lundy questions for one consultation; anonymous once they are erased. */
@Entity({ name: 'voice_check' })
export class VoiceCheckEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('text') space!: LundyAnswer;
  @Column('text') voice!: LundyAnswer;
  @Column('text') audience!: LundyAnswer;
  @Column('text') influence!: LundyAnswer;
  @Column('int', { name: 'felt_heard' }) feltHeard!: number;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'submitted_at', default: () => 'now()' }) submittedAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
