import { RequestContext } from '@voicegraph/platform';
import { canManageFeedback, canSeeOutcome } from '../domain/access';
import { OutcomeEntity } from '../entities';
import { consultationLoader, consultationsTakenPartIn } from '../loaders';

/** True when the caller took part in the consultation (per the participation projection). */
export async function callerTookPart(ctx: RequestContext, consultationId: string): Promise<boolean> {
  if (!ctx.actor) return false;
  return (await consultationsTakenPartIn(ctx).load(ctx.actor.personId)).has(consultationId);
}

/** Keeps the outcomes the caller may see, loading their consultations in one batch. */
export async function visibleOutcomes(ctx: RequestContext, outcomes: OutcomeEntity[]): Promise<OutcomeEntity[]> {
  const checks = await Promise.all(
    outcomes.map(async (outcome) => {
      if (outcome.published) return true;
      const consultation = await consultationLoader(ctx).load(outcome.consultationId);
      // Whether the caller took part is read only when their role does not already let them see it.
      if (canSeeOutcome(ctx.actor, outcome, consultation, false)) return true;
      return canSeeOutcome(ctx.actor, outcome, consultation, await callerTookPart(ctx, outcome.consultationId));
    }),
  );
  return outcomes.filter((_, i) => checks[i]);
}

/** Keeps the rows (messages, obligations) of consultations the caller manages. */
export async function ofManagedConsultations<T extends { consultationId: string }>(
  ctx: RequestContext,
  rows: T[],
): Promise<T[]> {
  const consultations = await Promise.all(rows.map((row) => consultationLoader(ctx).load(row.consultationId)));
  return rows.filter((_, i) => consultations[i] !== null && canManageFeedback(ctx.actor, consultations[i]!));
}
