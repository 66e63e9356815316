import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which organisations exist, in which partnership, from people's OrganisationRegistered events. */
@Entity({ name: 'organisation_projection' })
export class OrganisationProjectionEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
}
