import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'decision' })
export class DecisionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'forum_id' }) forumId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'meeting_id', nullable: true }) meetingId!: string | null;
  @Column('text') title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('boolean', { name: 'young_people_involved' }) youngPeopleInvolved!: boolean;
  @Column({ type: 'timestamptz', precision: 3, name: 'decided_at' }) decidedAt!: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
