import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'partnership' })
export class PartnershipEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('int', { name: 'suppression_threshold', default: 5 }) suppressionThreshold!: number;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
