import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PersonKind } from '@voicegraph/platform';

/** Projections fed by other services' events: just enough to validate references. */
@Entity({ name: 'known_person' })
export class KnownPersonEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') kind!: PersonKind;
  @Column('uuid', { name: 'organisation_ids', array: true }) organisationIds!: string[];
}

@Entity({ name: 'known_organisation' })
export class KnownOrganisationEntity {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
}

@Entity({ name: 'known_consultation' })
export class KnownConsultationEntity {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
  @Column('uuid', { name: 'lead_organisation_id' }) leadOrganisationId!: string;
}

@Entity({ name: 'known_finding' })
export class KnownFindingEntity {
  @PrimaryColumn('uuid', { name: 'finding_id' }) findingId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'partnership_id' }) partnershipId!: string;
}
