import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  conflict,
  ConsultationEvents,
  enqueueEvent,
  optionalText,
  recordAudit,
  requireActor,
  requireText,
  requireUuid,
  RequestContext,
} from '@voicegraph/platform';
import { In } from 'typeorm';
import { ContributionEntity, FindingEntity } from '../entities';
import { loadConsultationForChange } from './load-consultation-for-change';

export interface RecordFindingInput {
  consultationId: string;
  title: string;
  summary?: string | null;
  contributionIds: string[];
}

export async function recordFinding(ctx: RequestContext, input: RecordFindingInput): Promise<FindingEntity> {
  const actor = requireActor(ctx.actor);
  const title = requireText('title', input.title, 200);
  const summary = optionalText('summary', input.summary, 2000);
  const contributionIds = [...new Set(input.contributionIds.map((id) => requireUuid('contributionIds', id)))];
  if (contributionIds.length === 0)
    throw badUserInput('A finding must draw on at least one contribution (contributionIds).', 'contributionIds');
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultationForChange(tx, actor, input.consultationId, 'record a finding');
    if (consultation.status !== 'OPEN' && consultation.status !== 'CLOSED') {
      throw conflict(`This consultation is ${consultation.status}: findings are drawn once it is OPEN or CLOSED.`);
    }
    const found = await tx.find(ContributionEntity, {
      select: { id: true },
      where: { id: In(contributionIds), consultationId: consultation.id },
    });
    const missing = contributionIds.filter((id) => !found.some((c) => c.id === id));
    if (missing.length > 0)
      throw badUserInput(`Contribution ${missing[0]} is not part of this consultation.`, 'contributionIds');
    const finding = tx.create(FindingEntity, {
      id: randomUUID(),
      consultationId: consultation.id,
      title,
      summary,
      contributionIds,
    });
    await tx.insert(FindingEntity, finding);
    await enqueueEvent(tx, ConsultationEvents.FindingRecorded, finding.id, {
      findingId: finding.id,
      consultationId: consultation.id,
      partnershipId: consultation.partnershipId,
      title,
      contributionIds,
    });
    await recordAudit(tx, actor, { action: 'RECORD_FINDING', entity: 'Finding', entityId: finding.id });
    return tx.findOneByOrFail(FindingEntity, { id: finding.id });
  });
}
