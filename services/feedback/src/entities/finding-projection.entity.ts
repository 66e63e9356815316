import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Projection of a finding: the consultation it came from and its title. */
@Entity({ name: 'finding' })
export class FindingProjectionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') title!: string;
}
