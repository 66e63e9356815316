import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ForumKind } from '../domain/vocabulary';

/** A board, standing group, steering group, committee, youth council or recruitment panel. */
@Entity({ name: 'forum' })
export class ForumEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  /** Null when the partnership itself owns the forum. */
  @Column('uuid', { name: 'organisation_id', nullable: true }) organisationId!: string | null;
  @Column('text') name!: string;
  @Column('text') kind!: ForumKind;
  @Column('text', { nullable: true }) purpose!: string | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
