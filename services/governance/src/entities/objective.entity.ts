import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A SMART objective; the latest progress value is kept on it so status needs no extra query. */
@Entity({ name: 'objective' })
export class ObjectiveEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') description!: string;
  @Column('text') measure!: string;
  @Column('double precision') baseline!: number;
  @Column('double precision') target!: number;
  @Column('uuid', { name: 'owner_organisation_id' }) ownerOrganisationId!: string;
  @Column('date', { name: 'starts_on' }) startsOn!: string;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('double precision', { name: 'latest_value', nullable: true }) latestValue!: number | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
