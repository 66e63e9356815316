import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation, from people's events: so seats and decisions cite one in the same partnership. */
@Entity({ name: 'known_organisation' })
export class OrganisationProjectionEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
}
