import { isUuid, keysetPage, PageArgs, requireActor, RequestContext, selectsField } from '@voicegraph/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { ConsultationEntity, ContributionEntity, ContributionRemovalEntity, ParticipationEntity } from '../entities';
import { applyFilter, ConsultationFilter } from './query';
import { scopeToCaller, seeConsultation, visibleConsultations } from './visibility';

type Ref = { id: string };

/** A reference to one of people's entities, resolved for a signed-in caller when its id is a UUID. */
const resolveReference = (ref: Ref, ctx: RequestContext) =>
  ctx.actor && isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null;

/**
 * A person's participations or contributions (`alias`), a page of those of their consultations the
 * caller may see; `managedCondition` narrows what staff see of other people's (scopeToCaller).
 */
function personsPage<T extends ParticipationEntity | ContributionEntity>(
  entity: new () => T,
  alias: 'participation' | 'contribution',
  person: Ref,
  args: PageArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  managedCondition?: string,
) {
  const actor = requireActor(ctx.actor);
  const qb = ctx.dataSource
    .getRepository(entity)
    .createQueryBuilder(alias)
    .innerJoin(ConsultationEntity, 'consultation', `consultation.id = ${alias}.consultationId`)
    .where(`${alias}.personId = :personId`, { personId: person.id });
  // One consultation per row: the join never multiplies rows, so a first page may count them too.
  return keysetPage(
    scopeToCaller(qb, actor, alias, managedCondition),
    args,
    'ASC',
    selectsField(info, 'totalCount'),
    true,
  );
}

/** People's Person, extended with what they took part in and said, as far as the caller may see it. */
export const Person = {
  __resolveReference: resolveReference,
  participations: (person: Ref, args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
    personsPage(ParticipationEntity, 'participation', person, args, ctx, info),
  // Staff never see someone's anonymous contributions listed under their name.
  contributions: (person: Ref, args: PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) =>
    personsPage(ContributionEntity, 'contribution', person, args, ctx, info, 'NOT contribution.anonymous'),
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
  __resolveReference: resolveReference,
  async consultations(organisation: Ref, args: PageArgs & { filter?: ConsultationFilter | null }, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const qb = applyFilter(await visibleConsultations(ctx, actor), { ...args.filter, organisationId: organisation.id });
    return keysetPage(qb, args);
  },
};
