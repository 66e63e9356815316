import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'contribution' })
export class ContributionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'question_id', nullable: true }) questionId!: string | null;
  /** The author, kept even when anonymous (so they can see their own); null once erased. */
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('text', { nullable: true }) text!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) choices!: string[];
  @Column('int', { name: 'scale_value', nullable: true }) scaleValue!: number | null;
  @Column('boolean', { default: false }) anonymous!: boolean;
  @Column('boolean', { default: false }) redacted!: boolean;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
