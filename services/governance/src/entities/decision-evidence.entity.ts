import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A finding a decision cites, with the finding's consultation (so Consultation.decisions is one query). */
@Entity({ name: 'decision_evidence' })
export class DecisionEvidenceEntity {
  @PrimaryColumn('uuid', { name: 'decision_id' }) decisionId!: string;
  @PrimaryColumn('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
}
