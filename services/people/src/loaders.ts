import { byKey, groupByKey, RequestContext } from '@voicegraph/platform';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ConsentEntity, OrganisationEntity, PartnershipEntity, PersonEntity } from './entities';

/** One query per entity type per request, whatever the page size. */
export const personLoader = (ctx: RequestContext): DataLoader<string, PersonEntity | null> =>
  ctx.loaders.get('person', async (ids: readonly string[]) =>
    byKey(ids, await ctx.dataSource.getRepository(PersonEntity).findBy({ id: In([...ids]) }), (p) => p.id),
  );

export const organisationLoader = (ctx: RequestContext): DataLoader<string, OrganisationEntity | null> =>
  ctx.loaders.get('organisation', async (ids: readonly string[]) =>
    byKey(ids, await ctx.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) }), (o) => o.id),
  );

export const partnershipLoader = (ctx: RequestContext): DataLoader<string, PartnershipEntity | null> =>
  ctx.loaders.get('partnership', async (ids: readonly string[]) =>
    byKey(ids, await ctx.dataSource.getRepository(PartnershipEntity).findBy({ id: In([...ids]) }), (p) => p.id),
  );

export const consentsLoader = (ctx: RequestContext): DataLoader<string, ConsentEntity[]> =>
  ctx.loaders.get('consentsByPerson', async (personIds: readonly string[]) =>
    groupByKey(
      personIds,
      await ctx.dataSource
        .getRepository(ConsentEntity)
        .find({ where: { personId: In([...personIds]) }, order: { recordedAt: 'DESC' } }),
      (c) => c.personId,
    ),
  );
