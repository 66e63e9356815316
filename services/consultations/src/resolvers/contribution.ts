import { canSeePersonAs, forbidden, RequestContext } from '@voicegraph/platform';
import { canReadContribution, canSeeAuthor, canSeeParticipation, isAuthor } from '../domain/access';
import { startOfUtcDay } from '../domain/anonymity';
import { ContributionEntity, ParticipationEntity } from '../entities';
import {
  consultationLoader,
  contributionLoader,
  participationLoader,
  personProjectionLoader,
  questionLoader,
} from '../loaders';
import { consultationOf } from './visibility';

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
  consultation: (c: ContributionEntity, _: unknown, ctx: RequestContext) => consultationOf(ctx, c.consultationId),
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
    return personRef(ctx, c.personId);
  },
  /** createdAt is listed_at: the start of the UTC day for an anonymous contribution (migration 1765100000200). */
  submittedAt: (c: ContributionEntity, _: unknown, ctx: RequestContext) =>
    c.anonymous && !(ctx.actor && isAuthor(ctx.actor, c)) ? c.createdAt : c.submittedAt,
};

export const Participation = {
  async __resolveReference(ref: { id: string }, ctx: RequestContext) {
    const participation = await participationLoader(ctx).load(ref.id);
    if (!participation || !ctx.actor) return null;
    const consultation = await consultationLoader(ctx).load(participation.consultationId);
    return consultation && canSeeParticipation(ctx.actor, participation, consultation) ? participation : null;
  },
  consultation: (p: ParticipationEntity, _: unknown, ctx: RequestContext) => consultationOf(ctx, p.consultationId),
  person: (p: ParticipationEntity, _: unknown, ctx: RequestContext) => personRef(ctx, p.personId),
  /** To the day, except for the person themself: a recording time could be lined up with an anonymous contribution. */
  createdAt: (p: ParticipationEntity, _: unknown, ctx: RequestContext) =>
    p.personId !== null && ctx.actor?.personId === p.personId ? p.createdAt : startOfUtcDay(p.createdAt),
};

/**
 * A reference to a person only for someone people's rules let see them (themself, staff of one
 * of their organisations, an admin of their partnership): managing a consultation is not enough
 * to learn the id of a young person of another organisation who took part (issue 13).
 */
async function personRef(ctx: RequestContext, personId: string | null) {
  if (!personId || !ctx.actor) return null;
  if (personId === ctx.actor.personId) return { __typename: 'Person', id: personId };
  const known = await personProjectionLoader(ctx).load(personId);
  return canSeePersonAs(ctx.actor, personId, known) ? { __typename: 'Person', id: personId } : null;
}
