import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Projection: a person who took part in a consultation, so feedback is owed to them. */
@Entity({ name: 'participant' })
export class ParticipantProjectionEntity {
  @PrimaryColumn('uuid', { name: 'participation_id' }) participationId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
}
