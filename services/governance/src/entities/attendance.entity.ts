import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who was at a meeting. Anonymised on erasure: the row (and whether a young person attended) stays. */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'meeting_id' }) meetingId!: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('boolean', { name: 'young_person' }) youngPerson!: boolean;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
