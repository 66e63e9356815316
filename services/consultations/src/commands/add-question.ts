import { randomUUID } from 'node:crypto';
import {
  ConsultationEvents,
  conflict,
  enqueueEvent,
  recordAudit,
  requireActor,
  RequestContext,
} from '@voicegraph/platform';
import { QuestionInput, validateQuestion } from '../domain/answer';
import { QuestionEntity } from '../entities';
import { loadConsultationForChange } from './load-consultation-for-change';

export interface AddQuestionInput extends QuestionInput {
  consultationId: string;
}

export async function addQuestion(ctx: RequestContext, input: AddQuestionInput): Promise<QuestionEntity> {
  const actor = requireActor(ctx.actor);
  const question = validateQuestion(input);
  return ctx.dataSource.transaction(async (tx) => {
    const consultation = await loadConsultationForChange(tx, actor, input.consultationId, 'add a question');
    if (consultation.status !== 'DRAFT' && consultation.status !== 'OPEN') {
      throw conflict(
        `This consultation is ${consultation.status}: questions can only be added while it is DRAFT or OPEN.`,
      );
    }
    const [{ position }] = await tx.query(
      `SELECT coalesce(max(position), 0) + 1 AS position FROM consultations.question WHERE consultation_id = $1`,
      [consultation.id],
    );
    const entity = tx.create(QuestionEntity, {
      ...question,
      id: randomUUID(),
      consultationId: consultation.id,
      position,
    });
    await tx.insert(QuestionEntity, entity);
    await enqueueEvent(tx, ConsultationEvents.QuestionAdded, consultation.id, {
      questionId: entity.id,
      consultationId: consultation.id,
      partnershipId: consultation.partnershipId,
      kind: entity.kind,
      prompt: entity.prompt,
      position: Number(entity.position),
    });
    await recordAudit(tx, actor, { action: 'ADD_QUESTION', entity: 'Consultation', entityId: consultation.id });
    return tx.findOneByOrFail(QuestionEntity, { id: entity.id });
  });
}
