import { isUuid, keysetPage, PageArgs, requireActor, RequestContext } from '@voicegraph/platform';
import { ConsultationEntity, ContributionEntity, ContributionRemovalEntity, ParticipationEntity } from '../entities';
import { applyFilter, ConsultationFilter } from './query';
import { scopeToCaller, seeConsultation, visibleConsultations } from './visibility';

type Ref = { id: string };

/** People's Person, extended with what they took part in and said, as far as the caller may see it. */
export const Person = {
  __resolveReference: (ref: Ref, ctx: RequestContext) =>
    ctx.actor && isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null,
  participations(person: Ref, args: PageArgs, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const qb = ctx.dataSource
      .getRepository(ParticipationEntity)
      .createQueryBuilder('participation')
      .innerJoin(ConsultationEntity, 'consultation', 'consultation.id = participation.consultationId')
      .where('participation.personId = :personId', { personId: person.id });
    return keysetPage(scopeToCaller(qb, actor, 'participation'), args);
  },
  contributions(person: Ref, args: PageArgs, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const qb = ctx.dataSource
      .getRepository(ContributionEntity)
      .createQueryBuilder('contribution')
      .innerJoin(ConsultationEntity, 'consultation', 'consultation.id = contribution.consultationId')
      .where('contribution.personId = :personId', { personId: person.id });
    // Staff never see someone's anonymous contributions listed under their name.
    return keysetPage(scopeToCaller(qb, actor, 'contribution', 'NOT contribution.anonymous'), args);
  },
  /** Only the person themself: that they withdrew consent, and when, is theirs to know. */
  async removedContributions(person: Ref, _: unknown, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    if (actor.personId !== person.id) return [];
    return ctx.dataSource
      .getRepository(ContributionRemovalEntity)
      .find({ where: { personId: person.id }, order: { removedAt: 'DESC', contributionId: 'ASC' } });
  },
};

/** A removed contribution, told to its author. */
export const RemovedContribution = {
  consultation: (r: ContributionRemovalEntity, _: unknown, ctx: RequestContext) =>
    seeConsultation(ctx, r.consultationId),
};

/** People's Organisation, extended with the consultations it leads or partners in. */
export const Organisation = {
  __resolveReference: (ref: Ref, ctx: RequestContext) =>
    ctx.actor && isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null,
  async consultations(organisation: Ref, args: PageArgs & { filter?: ConsultationFilter | null }, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const qb = applyFilter(await visibleConsultations(ctx, actor), { ...args.filter, organisationId: organisation.id });
    return keysetPage(qb, args);
  },
};
