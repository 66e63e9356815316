import { CloudEvent, ConsultationCreated, EventHandler, FindingRecorded } from '@voicegraph/platform';
import { KnownConsultationEntity, KnownFindingEntity } from '../entities';

/** So decisions and agendas can only cite consultations and findings that exist, in the same partnership. */
export const rememberConsultation: EventHandler = async (event, tx) => {
  const { consultationId, partnershipId, leadOrganisationId } = (event as CloudEvent<ConsultationCreated>).data;
  await tx.upsert(KnownConsultationEntity, { consultationId, partnershipId, leadOrganisationId }, ['consultationId']);
};

export const rememberFinding: EventHandler = async (event, tx) => {
  const { findingId, consultationId, partnershipId } = (event as CloudEvent<FindingRecorded>).data;
  await tx.upsert(KnownFindingEntity, { findingId, consultationId, partnershipId }, ['findingId']);
};
