import { forbidden, RequestContext } from '@voicegraph/platform';
import { canReadContribution, canSeeAuthor, canSeeParticipation } from '../domain/access';
import { ContributionEntity, ParticipationEntity } from '../entities';
import { consultationLoader, contributionLoader, participationLoader, questionLoader } from '../loaders';

/** The contribution if the caller may read it (its author, or staff managing the consultation), else null. */
export async function readableContribution(
  ctx: RequestContext,
  contribution: ContributionEntity,
): Promise<ContributionEntity | null> {
  if (!ctx.actor) return null;
  const consultation = await consultationLoader(ctx).load(contribution.consultationId);
  return consultation && canReadContribution(ctx.actor, contribution, consultation) ? contribution : null;
}

export const Contribution = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const contribution = await contributionLoader(ctx).load(ref.id);
    return contribution ? readableContribution(ctx, contribution) : null;
  },
  consultation: (c: ContributionEntity, _: unknown, ctx: RequestContext) =>
    consultationLoader(ctx).load(c.consultationId),
  question: (c: ContributionEntity, _: unknown, ctx: RequestContext) =>
    c.questionId ? questionLoader(ctx).load(c.questionId) : null,
  /** Checked again here, so no route to a contribution can reveal its words to someone else. */
  async text(c: ContributionEntity, _: unknown, ctx: RequestContext) {
    if (!(await readableContribution(ctx, c)))
      throw forbidden(
        'Only the author and staff of the lead or a partner organisation may read what a young person said.',
      );
    return c.text;
  },
  async author(c: ContributionEntity, _: unknown, ctx: RequestContext) {
    const consultation = await consultationLoader(ctx).load(c.consultationId);
    if (!ctx.actor || !consultation || !canSeeAuthor(ctx.actor, c, consultation)) return null;
    return { __typename: 'Person', id: c.personId };
  },
  submittedAt: (c: ContributionEntity) => c.createdAt,
};

export const Participation = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const participation = await participationLoader(ctx).load(ref.id);
    if (!participation || !ctx.actor) return null;
    const consultation = await consultationLoader(ctx).load(participation.consultationId);
    return consultation && canSeeParticipation(ctx.actor, participation, consultation) ? participation : null;
  },
  consultation: (p: ParticipationEntity, _: unknown, ctx: RequestContext) =>
    consultationLoader(ctx).load(p.consultationId),
  person: (p: ParticipationEntity) => (p.personId ? { __typename: 'Person', id: p.personId } : null),
};
