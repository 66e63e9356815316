import {
  Actor,
  forbidden,
  isUuid,
  keysetPage,
  notFound,
  PageArgs,
  requireActor,
  RequestContext,
  selectsField,
} from '@voicegraph/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { canSeePerson, visibilityFor } from '../domain/access';
import { PartnershipEntity, PersonEntity } from '../entities';
import { organisationLoader, partnershipLoader, personLoader } from '../loaders';

interface PeopleFilter {
  organisationId?: string | null;
  kind?: string | null;
}

export const Query = {
  async me(_: unknown, __: unknown, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    // An analyst sees no person, themself included: registered now (so their claims are checked),
    // their record must not become the one person-level answer an analyst can get.
    if (visibilityFor(actor).kind === 'none') return null;
    return personLoader(ctx).load(actor.personId);
  },

  async person(_: unknown, { id }: { id: string }, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    if (visibilityFor(actor).kind === 'none') throw forbidden('Analysts see aggregate figures only, never a person.');
    const person = isUuid(id) ? await personLoader(ctx).load(id.toLowerCase()) : null;
    if (!person || !canSeePerson(actor, person)) throw notFound('person', id);
    return person;
  },

  async people(
    _: unknown,
    args: PageArgs & { filter?: PeopleFilter | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    const actor = requireActor(ctx.actor);
    const qb = visiblePeople(ctx, actor);
    if (args.filter?.organisationId) {
      if (!isUuid(args.filter.organisationId)) return emptyPage(qb, args);
      qb.andWhere(':organisationId = ANY(person.organisationIds)', {
        organisationId: args.filter.organisationId.toLowerCase(),
      });
    }
    if (args.filter?.kind) qb.andWhere('person.kind = :kind', { kind: args.filter.kind });
    return keysetPage(qb, args, 'ASC', selectsField(info, 'totalCount'));
  },

  async partnership(_: unknown, { id }: { id: string }, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    if (!isUuid(id) || actor.partnershipId !== id.toLowerCase()) throw notFound('partnership', id);
    const partnership = await partnershipLoader(ctx).load(id.toLowerCase());
    if (!partnership) throw notFound('partnership', id);
    return partnership;
  },

  async partnerships(_: unknown, args: PageArgs, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const qb = ctx.dataSource
      .getRepository(PartnershipEntity)
      .createQueryBuilder('partnership')
      .where('partnership.id = :id', { id: actor.partnershipId ?? '00000000-0000-0000-0000-000000000000' });
    return keysetPage(qb, args);
  },

  async organisation(_: unknown, { id }: { id: string }, ctx: RequestContext) {
    const actor = requireActor(ctx.actor);
    const organisation = isUuid(id) ? await organisationLoader(ctx).load(id.toLowerCase()) : null;
    if (!organisation || organisation.partnershipId !== actor.partnershipId) throw notFound('organisation', id);
    return organisation;
  },
};

/** People the caller may see, as a query: the access rule applied in SQL. */
export function visiblePeople(ctx: RequestContext, actor: Actor): SelectQueryBuilder<PersonEntity> {
  const visibility = visibilityFor(actor);
  const qb = ctx.dataSource.getRepository(PersonEntity).createQueryBuilder('person');
  switch (visibility.kind) {
    case 'none':
      throw forbidden('Analysts see aggregate figures only, never a person.');
    case 'self':
      return qb.where('person.id = :self', { self: visibility.personId });
    case 'partnership':
      return qb.where('person.partnershipId = :partnershipId', { partnershipId: visibility.partnershipId });
    case 'organisations':
      return qb.where(
        new Brackets((w) => {
          w.where('person.id = :self', { self: visibility.personId }).orWhere(
            '(person.partnershipId = :partnershipId AND person.organisationIds && :organisationIds::uuid[])',
            {
              partnershipId: visibility.partnershipId,
              organisationIds: visibility.organisationIds,
            },
          );
        }),
      );
  }
}

function emptyPage(qb: SelectQueryBuilder<PersonEntity>, args: PageArgs) {
  return keysetPage(qb.andWhere('false'), args);
}
