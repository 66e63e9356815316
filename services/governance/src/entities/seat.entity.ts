import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SeatRole } from '../domain/vocabulary';

@Entity({ name: 'seat' })
export class SeatEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'forum_id' }) forumId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  /** Null once the holder is erased; the role and whether a young person held it survive. */
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('text') role!: SeatRole;
  @Column('boolean', { name: 'held_by_young_person' }) heldByYoungPerson!: boolean;
  @Column('date', { name: 'starts_on' }) startsOn!: string;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn!: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
