import { byKey, groupByKey, RequestContext, rowsWhereIn } from '@voicegraph/platform';
import DataLoader from 'dataloader';
import { ConsentEntity, OrganisationEntity, PartnershipEntity, PersonEntity } from './entities';

/** One query per entity type per request, whatever the page size. */
export const personLoader = (ctx: RequestContext): DataLoader<string, PersonEntity | null> =>
  ctx.loaders.get('person', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, PersonEntity, 'id', ids), (p) => p.id),
  );

export const organisationLoader = (ctx: RequestContext): DataLoader<string, OrganisationEntity | null> =>
  ctx.loaders.get('organisation', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, OrganisationEntity, 'id', ids), (o) => o.id),
  );

export const partnershipLoader = (ctx: RequestContext): DataLoader<string, PartnershipEntity | null> =>
  ctx.loaders.get('partnership', async (ids: readonly string[]) =>
    byKey(ids, await rowsWhereIn(ctx.dataSource, PartnershipEntity, 'id', ids), (p) => p.id),
  );

export const consentsLoader = (ctx: RequestContext): DataLoader<string, ConsentEntity[]> =>
  ctx.loaders.get('consentsByPerson', async (personIds: readonly string[]) =>
    groupByKey(
      personIds,
      await rowsWhereIn(ctx.dataSource, ConsentEntity, 'personId', personIds, { recordedAt: 'DESC' }),
      (c) => c.personId,
    ),
  );
