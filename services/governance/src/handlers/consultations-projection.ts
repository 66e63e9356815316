import { ConsultationCreated, EventHandler, FindingRecorded } from '@voicegraph/platform';
import { ConsultationProjectionEntity, FindingProjectionEntity } from '../entities';

/** So decisions and agendas can only cite consultations and findings that exist, in the same partnership. */
export const projectConsultation: EventHandler<ConsultationCreated> = async ({ data }, tx) => {
  const { consultationId, partnershipId, leadOrganisationId } = data;
  await tx.upsert(ConsultationProjectionEntity, { consultationId, partnershipId, leadOrganisationId }, [
    'consultationId',
  ]);
};

export const projectFinding: EventHandler<FindingRecorded> = async ({ data }, tx) => {
  const { findingId, consultationId, partnershipId } = data;
  await tx.upsert(FindingProjectionEntity, { findingId, consultationId, partnershipId }, ['findingId']);
};
