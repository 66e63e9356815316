import { byKey, groupByKey, RequestContext, rowsWhereIn } from '@voicegraph/platform';
import DataLoader from 'dataloader';
import {
  ConsultationProjectionEntity,
  DecisionFindingProjectionEntity,
  FeedbackMessageEntity,
  FeedbackObligationEntity,
  FeedbackRecipientEntity,
  OutcomeEntity,
  OutcomeStatusChangeEntity,
  ParticipantProjectionEntity,
  VoiceCheckEntity,
} from './entities';

/** One query per entity type per request, whatever the page size. */
const repo = <T extends object>(ctx: RequestContext, entity: new () => T) => ctx.dataSource.getRepository(entity);

export const consultationLoader = (ctx: RequestContext): DataLoader<string, ConsultationProjectionEntity | null> =>
  ctx.loaders.get('consultation', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, ConsultationProjectionEntity, 'id', ids), (c) => c.id),
  );

export const outcomeLoader = (ctx: RequestContext): DataLoader<string, OutcomeEntity | null> =>
  ctx.loaders.get('outcome', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, OutcomeEntity, 'id', ids), (o) => o.id),
  );

export const obligationLoader = (ctx: RequestContext): DataLoader<string, FeedbackObligationEntity | null> =>
  ctx.loaders.get('obligation', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, FeedbackObligationEntity, 'id', ids), (o) => o.id),
  );

export const messageLoader = (ctx: RequestContext): DataLoader<string, FeedbackMessageEntity | null> =>
  ctx.loaders.get('message', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, FeedbackMessageEntity, 'id', ids), (m) => m.id),
  );

export const voiceCheckLoader = (ctx: RequestContext): DataLoader<string, VoiceCheckEntity | null> =>
  ctx.loaders.get('voiceCheck', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, VoiceCheckEntity, 'id', ids), (v) => v.id),
  );

export const outcomesByConsultation = (ctx: RequestContext): DataLoader<string, OutcomeEntity[]> =>
  ctx.loaders.get('outcomesByConsultation', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, OutcomeEntity, 'consultationId', ids, { createdAt: 'ASC', id: 'ASC' }),
      (o) => o.consultationId,
    ),
  );

/** Each outcome's status changes, oldest first. */
export const historyOfOutcome = (ctx: RequestContext): DataLoader<string, OutcomeStatusChangeEntity[]> =>
  ctx.loaders.get('historyOfOutcome', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, OutcomeStatusChangeEntity, 'outcomeId', ids, { changedAt: 'ASC', id: 'ASC' }),
      (change) => change.outcomeId,
    ),
  );

export const outcomeByFinding = (ctx: RequestContext): DataLoader<string, OutcomeEntity | null> =>
  ctx.loaders.get('outcomeByFinding', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, OutcomeEntity, 'findingId', ids), (o) => o.findingId),
  );

/** Outcomes of the findings each decision cites (through the decision projection). */
export const outcomesByDecision = (ctx: RequestContext): DataLoader<string, OutcomeEntity[]> =>
  ctx.loaders.get('outcomesByDecision', async (ids: readonly string[]) => {
    const rows = await repo(ctx, OutcomeEntity)
      .createQueryBuilder('outcome')
      .innerJoin(
        DecisionFindingProjectionEntity,
        'df',
        'df.findingId = outcome.findingId AND df.partnershipId = outcome.partnershipId',
      )
      .addSelect('df.decisionId', 'decision_id')
      .where('df.decisionId IN (:...ids)', { ids: [...ids] })
      .orderBy('outcome.createdAt', 'ASC')
      .addOrderBy('outcome.id', 'ASC')
      .getRawAndEntities();
    const pairs = rows.raw.map((raw: { decision_id: string; outcome_id: string }) => ({
      decisionId: raw.decision_id,
      outcome: rows.entities.find((o) => o.id === raw.outcome_id)!,
    }));
    return groupByKey(ids, pairs, (p) => p.decisionId).map((list) => list.map((p) => p.outcome));
  });

export const obligationByConsultation = (ctx: RequestContext): DataLoader<string, FeedbackObligationEntity | null> =>
  ctx.loaders.get('obligationByConsultation', async (ids: readonly string[]) =>
    byKey(
      ids,
      await rowsWhereIn(ctx.dataSource, FeedbackObligationEntity, 'consultationId', ids),
      (o) => o.consultationId,
    ),
  );

export const messagesByObligation = (ctx: RequestContext): DataLoader<string, FeedbackMessageEntity[]> =>
  ctx.loaders.get('messagesByObligation', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, FeedbackMessageEntity, 'obligationId', ids, { sentAt: 'ASC', id: 'ASC' }),
      (m) => m.obligationId!,
    ),
  );

export const voiceChecksByConsultation = (ctx: RequestContext): DataLoader<string, VoiceCheckEntity[]> =>
  ctx.loaders.get('voiceChecksByConsultation', async (ids: readonly string[]) =>
    groupByKey(
      ids,
      await rowsWhereIn(ctx.dataSource, VoiceCheckEntity, 'consultationId', ids, { submittedAt: 'ASC', id: 'ASC' }),
      (v) => v.consultationId,
    ),
  );

/** Feedback sent to each person, newest first. */
export const messagesByRecipient = (ctx: RequestContext): DataLoader<string, FeedbackMessageEntity[]> =>
  ctx.loaders.get('messagesByRecipient', async (personIds: readonly string[]) => {
    const rows = await repo(ctx, FeedbackMessageEntity)
      .createQueryBuilder('message')
      .innerJoin(FeedbackRecipientEntity, 'r', 'r.feedbackId = message.id')
      .addSelect('r.personId', 'person_id')
      .where('r.personId IN (:...personIds)', { personIds: [...personIds] })
      .orderBy('message.sentAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .getRawAndEntities();
    const pairs = rows.raw.map((raw: { person_id: string; message_id: string }) => ({
      personId: raw.person_id,
      message: rows.entities.find((m) => m.id === raw.message_id)!,
    }));
    return groupByKey(personIds, pairs, (p) => p.personId).map((list) => list.map((p) => p.message));
  });

/** Unmet obligations of the consultations each person took part in, soonest due first. */
export const obligationsOwedTo = (ctx: RequestContext): DataLoader<string, FeedbackObligationEntity[]> =>
  ctx.loaders.get('obligationsOwedTo', async (personIds: readonly string[]) => {
    const rows = await repo(ctx, FeedbackObligationEntity)
      .createQueryBuilder('obligation')
      .innerJoin(ParticipantProjectionEntity, 'p', 'p.consultationId = obligation.consultationId')
      .addSelect('p.personId', 'person_id')
      .where('p.personId IN (:...personIds)', { personIds: [...personIds] })
      .andWhere("obligation.status NOT IN ('MET', 'NOT_OWED')")
      .orderBy('obligation.dueOn', 'ASC')
      .addOrderBy('obligation.id', 'ASC')
      .getRawAndEntities();
    const pairs = rows.raw.map((raw: { person_id: string; obligation_id: string }) => ({
      personId: raw.person_id,
      obligation: rows.entities.find((o) => o.id === raw.obligation_id)!,
    }));
    const grouped = groupByKey(personIds, pairs, (p) => p.personId).map((list) => list.map((p) => p.obligation));
    return grouped.map((list) => [...new Map(list.map((o) => [o.id, o])).values()]);
  });

/** The consultations a person took part in (for "their own" outcomes and obligations). */
export const consultationsTakenPartIn = (ctx: RequestContext): DataLoader<string, Set<string>> =>
  ctx.loaders.get('consultationsTakenPartIn', async (personIds: readonly string[]) => {
    const rows = await rowsWhereIn(ctx.dataSource, ParticipantProjectionEntity, 'personId', personIds);
    return groupByKey(personIds, rows, (p) => p.personId).map((list) => new Set(list.map((p) => p.consultationId)));
  });
