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
    partnershipOf(ctx, organisation.partnershipId),
};

/** The partnership a row belongs to. A foreign key makes a missing one impossible; the schema promises one, so say so if it happens. */
export async function partnershipOf(ctx: RequestContext, partnershipId: string): Promise<PartnershipEntity> {
  const partnership = await partnershipLoader(ctx).load(partnershipId);
  if (!partnership) throw new Error(`partnership ${partnershipId} is missing`);
  return partnership;
}
