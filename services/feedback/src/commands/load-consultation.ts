import { Actor, notFound } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { ConsultationProjectionEntity } from '../entities';

/**
 * The consultation as feedback knows it (from events). Unknown, or in another partnership than
 * the caller's, is NOT_FOUND either way, so nothing leaks across partnerships.
 */
export async function loadConsultation(
  tx: EntityManager,
  actor: Actor,
  consultationId: string,
): Promise<ConsultationProjectionEntity> {
  const consultation = await tx.findOneBy(ConsultationProjectionEntity, { id: consultationId });
  if (!consultation || consultation.partnershipId !== actor.partnershipId)
    throw notFound('consultation', consultationId);
  return consultation;
}
