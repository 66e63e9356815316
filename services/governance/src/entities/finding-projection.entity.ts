import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A finding, from consultations' events: so decisions cite one that exists, in the same partnership. */
@Entity({ name: 'known_finding' })
export class FindingProjectionEntity {
  @PrimaryColumn('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
}
