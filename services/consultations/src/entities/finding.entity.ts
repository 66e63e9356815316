import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'finding' })
export class FindingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) summary!: string | null;
  @Column('uuid', { name: 'contribution_ids', array: true }) contributionIds!: string[];
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
