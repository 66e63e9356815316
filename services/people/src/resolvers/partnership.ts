import { childPages, PageArgs, RequestContext } from '@voicegraph/platform';
import { OrganisationEntity, PartnershipEntity } from '../entities';
import { organisationLoader, partnershipLoader } from '../loaders';

/** Partnerships and organisations are visible to anyone whose token names that partnership. */
export const Partnership = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    if (!ctx.actor || ctx.actor.partnershipId !== ref.id) return null;
    return partnershipLoader(ctx).load(ref.id);
  },
  organisations: (partnership: PartnershipEntity, args: PageArgs, ctx: RequestContext) =>
    childPages(
      ctx,
      { name: 'partnershipOrganisations', entity: OrganisationEntity, parentProperty: 'partnershipId' },
      args,
    ).load(partnership.id),
};

export const Organisation = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const organisation = await organisationLoader(ctx).load(ref.id);
    return organisation && ctx.actor?.partnershipId === organisation.partnershipId ? organisation : null;
  },
  partnership: (organisation: OrganisationEntity, _: unknown, ctx: RequestContext) =>
    partnershipLoader(ctx).load(organisation.partnershipId),
};
