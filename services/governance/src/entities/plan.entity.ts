import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanKind } from '../domain/vocabulary';

@Entity({ name: 'plan' })
export class PlanEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId!: string | null;
  @Column('text') title!: string;
  @Column('text') kind!: PlanKind;
  @Column('date', { name: 'period_start' }) periodStart!: string;
  @Column('date', { name: 'period_end' }) periodEnd!: string;
  @Column('date', { name: 'review_on' }) reviewOn!: string;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
