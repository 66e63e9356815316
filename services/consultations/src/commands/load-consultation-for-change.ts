import { Actor, forbidden, hasRole, isStaff, notFound, requireUuid } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { canManage } from '../domain/access';
import { ConsultationEntity } from '../entities';

/**
 * Locks a consultation for a change by its managers. Callers who could see it get FORBIDDEN;
 * anyone else NOT_FOUND, so another partnership's consultations do not leak.
 */
export async function loadConsultationForChange(
  tx: EntityManager,
  actor: Actor,
  id: string,
  action: string,
): Promise<ConsultationEntity> {
  const consultationId = requireUuid('consultationId', id);
  const consultation = await tx.findOne(ConsultationEntity, {
    where: { id: consultationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!consultation) throw notFound('consultation', consultationId);
  if (canManage(actor, consultation)) return consultation;
  const samePartnership = consultation.partnershipId === actor.partnershipId;
  const couldSee =
    samePartnership &&
    (isStaff(actor) || hasRole(actor, 'ANALYST') ? consultation.status !== 'DRAFT' : consultation.status === 'OPEN');
  if (!couldSee) throw notFound('consultation', consultationId);
  throw forbidden(
    `To ${action} you must be staff (practitioner, participation lead or partnership admin) of the lead or a partner organisation of this consultation.`,
  );
}
