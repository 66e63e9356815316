import type { RequestContext } from '../server/context';
import { AnalyticsFilterInput, validateOrganisationFilter } from './analytics-filter';
import { AnalyticsPeriod, MonthPeriod, requireAnalyticsAccess, requireWholeMonths } from './analytics-query';

/** The arguments a partnership's analytics field takes (platform/sdl/analytics.graphql). */
export interface AnalyticsArgs {
  period: AnalyticsPeriod;
  filter?: AnalyticsFilterInput | null;
}

/** An organisation-level analytics request, checked: its whole-month period and the organisations it narrows to. */
export interface OrganisationAnalyticsRequest {
  period: MonthPeriod;
  organisationIds: string[] | null;
}

/**
 * The opening of every analytics resolver whose figures know organisations but no young people's
 * cohorts, age bands or contexts (governance, feedback): the caller may ask about this partnership,
 * the period is whole calendar months, and the filter names organisations only. `figures` names
 * them in refusals, e.g. "Governance figures" and "governanceAnalytics".
 */
export function organisationAnalyticsRequest(
  ctx: RequestContext,
  partnershipId: string,
  args: AnalyticsArgs,
  figures: { name: string; field: string },
): OrganisationAnalyticsRequest {
  requireAnalyticsAccess(ctx.actor, partnershipId);
  const period = requireWholeMonths('period', args.period);
  const { organisationIds } = validateOrganisationFilter(args.filter, figures);
  return { period, organisationIds };
}
