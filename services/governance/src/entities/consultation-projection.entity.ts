import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A consultation, from consultations' events: so decisions and agendas cite one that exists. */
@Entity({ name: 'known_consultation' })
export class ConsultationProjectionEntity {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'lead_organisation_id' }) leadOrganisationId!: string;
}
