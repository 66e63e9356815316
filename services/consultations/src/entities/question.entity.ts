import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QuestionKind } from '../domain/answer';

@Entity({ name: 'question' })
export class QuestionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('text') kind!: QuestionKind;
  @Column('text') prompt!: string;
  @Column('text', { array: true, default: () => "'{}'" }) options!: string[];
  @Column('int', { name: 'scale_min', nullable: true }) scaleMin!: number | null;
  @Column('int', { name: 'scale_max', nullable: true }) scaleMax!: number | null;
  @Column('int') position!: number;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
