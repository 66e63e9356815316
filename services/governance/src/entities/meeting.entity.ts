import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeetingStatus } from '../domain/vocabulary';

@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'forum_id' }) forumId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') title!: string;
  /** The calendar pages by (starts_at, id), so it is millisecond precision like every page key. */
  @Column({ type: 'timestamptz', precision: 3, name: 'starts_at' }) startsAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'ends_at', nullable: true }) endsAt!: Date | null;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('text') status!: MeetingStatus;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
