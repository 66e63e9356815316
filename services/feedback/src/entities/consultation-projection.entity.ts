import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Projection of a consultation (from consultations' events): who runs it, and when it closed or was cancelled. */
@Entity({ name: 'consultation' })
export class ConsultationProjectionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'lead_organisation_id' }) leadOrganisationId!: string;
  @Column('uuid', { name: 'partner_organisation_ids', array: true }) partnerOrganisationIds!: string[];
  @Column('text', { nullable: true }) title!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
