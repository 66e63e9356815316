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
  /** The exact instant it was submitted (its transaction's start): consent withdrawal and reach go by it. */
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) submittedAt!: Date;
  /**
   * What lists sort and page by (keyset on createdAt, id): submittedAt, or for an anonymous
   * contribution the start of its UTC day, so its place in a list does not reveal its time
   * (a generated column, migration 1765100000200).
   */
  @Column({ type: 'timestamptz', precision: 3, name: 'listed_at', insert: false, update: false }) createdAt!: Date;
}
