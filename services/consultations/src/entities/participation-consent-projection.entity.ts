import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A current participation consent, from people's events; deleted when withdrawn. */
@Entity({ name: 'participation_consent' })
export class ParticipationConsentProjectionEntity {
  @PrimaryColumn('uuid', { name: 'consent_id' }) consentId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('date', { name: 'expires_on', nullable: true }) expiresOn!: string | null;
}
