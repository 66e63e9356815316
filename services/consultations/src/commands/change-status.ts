import { ConsultationEvents, enqueueEvent, recordAudit, requireActor, RequestContext } from '@voicegraph/platform';
import { EntityManager } from 'typeorm';
import { forgetConsultationReach } from '../analytics/reach-month';
import { LifecycleAction, nextStatus } from '../domain/consultation-rules';
import { ConsultationEntity } from '../entities';
import { loadConsultationForChange } from './load-consultation-for-change';

const VERB: Record<LifecycleAction, string> = {
  open: 'open a consultation',
  close: 'close a consultation',
  cancel: 'cancel a consultation',
};

/** Opens, closes or cancels a consultation, emitting ConsultationOpened / Closed / Cancelled. */
export async function changeStatus(
  ctx: RequestContext,
  input: { consultationId: string },
  action: LifecycleAction,
): Promise<ConsultationEntity> {
  const actor = requireActor(ctx.actor);
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultationForChange(tx, actor, input.consultationId, VERB[action]);
    const now = new Date();
    const previousStatus = consultation.status;
    consultation.status = nextStatus(consultation.status, action);
    consultation.updatedAt = now;
    if (action === 'open') consultation.openedAt = now;
    if (action === 'close') consultation.closedAt = now;
    if (action === 'cancel') consultation.cancelledAt = now;
    await tx.save(ConsultationEntity, consultation);
    if (action === 'cancel') await forgetConsultationReach(tx, consultation.id);
    if (action === 'open') {
      await enqueueEvent(tx, ConsultationEvents.ConsultationOpened, consultation.id, {
        consultationId: consultation.id,
        partnershipId: consultation.partnershipId,
        openedAt: now.toISOString(),
      });
    }
    if (action === 'close') {
      await enqueueEvent(tx, ConsultationEvents.ConsultationClosed, consultation.id, {
        consultationId: consultation.id,
        partnershipId: consultation.partnershipId,
        leadOrganisationId: consultation.leadOrganisationId,
        closedAt: now.toISOString(),
        participantCount: await participantCount(tx, consultation.id),
      });
    }
    if (action === 'cancel') {
      await enqueueEvent(tx, ConsultationEvents.ConsultationCancelled, consultation.id, {
        consultationId: consultation.id,
        partnershipId: consultation.partnershipId,
        leadOrganisationId: consultation.leadOrganisationId,
        previousStatus: previousStatus as 'DRAFT' | 'OPEN', // nextStatus allows cancelling only these
        cancelledAt: now.toISOString(),
      });
    }
    await recordAudit(tx, actor, { action: action.toUpperCase(), entity: 'Consultation', entityId: consultation.id });
    return consultation;
  });
}

/** People who took part or contributed; erased people still count once per row. */
async function participantCount(tx: EntityManager, consultationId: string): Promise<number> {
  const [row] = await tx.query(
    `SELECT count(DISTINCT who)::int AS n FROM (
       SELECT coalesce(person_id, id) AS who FROM consultations.participation WHERE consultation_id = $1
       UNION ALL SELECT coalesce(person_id, id) FROM consultations.contribution WHERE consultation_id = $1
     ) AS taking_part`,
    [consultationId],
  );
  return row.n;
}
