import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each partnership's suppression threshold, from people's PartnershipCreated events (5 until known). */
@Entity({ name: 'partnership_projection' })
export class PartnershipProjectionEntity {
  @PrimaryColumn('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('int', { name: 'suppression_threshold' }) suppressionThreshold!: number;
}
