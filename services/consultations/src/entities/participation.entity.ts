import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'participation' })
export class ParticipationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  /** Null once the person has been erased; the row stays so counts survive. */
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('text') role!: string;
  @Column('timestamptz', { name: 'attended_at' }) attendedAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
