import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'agenda_item' })
export class AgendaItemEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'meeting_id' }) meetingId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('int') position!: number;
  @Column('text') title!: string;
  @Column('uuid', { name: 'presenter_id', nullable: true }) presenterId!: string | null;
  @Column('boolean', { name: 'presented_by_young_person' }) presentedByYoungPerson!: boolean;
  @Column('uuid', { name: 'consultation_ids', array: true }) consultationIds!: string[];
  @Column('uuid', { name: 'finding_ids', array: true }) findingIds!: string[];
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
