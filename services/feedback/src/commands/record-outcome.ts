import { randomUUID } from 'node:crypto';
import {
  enqueueEvent,
  FeedbackEvents,
  forbidden,
  notFound,
  recordAudit,
  requireRole,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { canManageFeedback } from '../domain/access';
import { historyStep, OutcomeFields, validateOutcome } from '../domain/outcome-rules';
import { FindingProjectionEntity, OutcomeEntity, OutcomeStatusChangeEntity } from '../entities';
import { linkOutcomesToDecisions, lockFindings } from '../handlers/governance-projection';
import { loadConsultation } from './load-consultation';

export interface RecordOutcomeInput extends OutcomeFields {
  findingId: string;
}

/** Records (or updates) the one outcome of a finding, linked to the first decision citing it. */
export async function recordOutcome(ctx: RequestContext, input: RecordOutcomeInput): Promise<OutcomeEntity> {
  const actor = requireRole(
    ctx.actor,
    ['PRACTITIONER', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN'],
    'record an outcome',
  );
  const findingId = requireUuid('findingId', input.findingId);
  const outcome = validateOutcome(input);
  return ctx.dataSource.transaction(async (tx) => {
    await lockFindings(tx, [findingId]);
    const finding = await tx.findOneBy(FindingProjectionEntity, { id: findingId });
    if (!finding || finding.partnershipId !== actor.partnershipId) throw notFound('finding', findingId);
    const consultation = await loadConsultation(tx, actor, finding.consultationId);
    // The finding's lock (above) serialises recordings of its outcome, so this is the status we change.
    const before = await tx.findOneBy(OutcomeEntity, { findingId: finding.id });
    if (!canManageFeedback(actor, consultation))
      throw forbidden("Only staff of the consultation's lead or partner organisations can record its outcomes.");
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO feedback.outcome (id, finding_id, finding_title, consultation_id, partnership_id, status, you_said, we_did, reason, boundary, published, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (finding_id) DO UPDATE SET status = $6, you_said = $7, we_did = $8, reason = $9, boundary = $10, published = $11, recorded_by = $12, updated_at = now()
       RETURNING id`,
      [
        randomUUID(),
        finding.id,
        finding.title,
        finding.consultationId,
        finding.partnershipId,
        outcome.status,
        outcome.youSaid,
        outcome.weDid,
        outcome.reason,
        outcome.boundary,
        outcome.published,
        actor.personId,
      ],
    );
    await linkOutcomesToDecisions(tx, [finding.id]);
    const saved = await tx.findOneByOrFail(OutcomeEntity, { id });
    const step = historyStep(before?.status ?? null, saved.status);
    if (step)
      await tx.insert(OutcomeStatusChangeEntity, {
        id: randomUUID(),
        outcomeId: saved.id,
        ...step,
        changedAt: saved.updatedAt,
      });
    await enqueueEvent(tx, FeedbackEvents.OutcomeRecorded, saved.id, {
      outcomeId: saved.id,
      findingId: saved.findingId,
      consultationId: saved.consultationId,
      partnershipId: saved.partnershipId,
      decisionId: saved.decisionId,
      status: saved.status,
      previousStatus: before?.status ?? null,
      boundary: saved.boundary,
      published: saved.published,
      recordedAt: saved.updatedAt.toISOString(),
    });
    await recordAudit(tx, actor, {
      action: 'RECORD_OUTCOME',
      entity: 'Outcome',
      entityId: saved.id,
      fields: [saved.status],
    });
    return saved;
  });
}
