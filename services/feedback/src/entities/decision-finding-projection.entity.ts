import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Projection of governance decisions: which findings each decision cites. */
@Entity({ name: 'decision_finding' })
export class DecisionFindingProjectionEntity {
  @PrimaryColumn('uuid', { name: 'decision_id' }) decisionId!: string;
  @PrimaryColumn('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('timestamptz', { name: 'decided_at' }) decidedAt!: Date;
}
