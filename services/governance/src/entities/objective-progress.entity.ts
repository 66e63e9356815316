import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ObjectiveStatus } from '../domain/vocabulary';

@Entity({ name: 'objective_progress' })
export class ObjectiveProgressEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'objective_id' }) objectiveId!: string;
  @Column('double precision') value!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('date', { name: 'recorded_on' }) recordedOn!: string;
  /** The status the objective had once this progress was recorded. */
  @Column('text', { name: 'status_after' }) statusAfter!: ObjectiveStatus;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
