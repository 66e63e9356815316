import type { DataSource } from 'typeorm';
import type { EntityRef } from '../graphql/entity-ref';
import type { RequestContext } from '../server/context';
import { calendarDate } from '../time/calendar-date';
import { AnalyticsFilterInput, validateOrganisationFilter } from './analytics-filter';
import { AnalyticsPeriod, MonthPeriod, requireAnalyticsAccess, requireWholeMonths } from './analytics-query';
import { suppressionThresholdOf } from './partnership-threshold';

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

/** What an organisation-level analytics field counts in: its checked request, where and for what day. */
export interface OrganisationAnalyticsScope extends OrganisationAnalyticsRequest {
  db: DataSource;
  partnershipId: string;
  /** Today's calendar date, the one day the whole answer counts as of. */
  today: string;
}

/**
 * A partnership's analytics field for figures that know organisations only (governance, feedback):
 * checks the request (organisationAnalyticsRequest), counts while it reads the partnership's
 * suppression threshold from the service's projection (in schema `figures.schema`), and answers the
 * period and the threshold with what `publish` makes of the counts under that threshold.
 */
export function organisationAnalyticsField<Counts, Figures extends object>(
  figures: { schema: string; name: string; field: string },
  count: (scope: OrganisationAnalyticsScope) => Promise<Counts>,
  publish: (counts: Counts, threshold: number, scope: OrganisationAnalyticsScope) => Figures,
) {
  return async (partnership: EntityRef, args: AnalyticsArgs, ctx: RequestContext) => {
    const request = organisationAnalyticsRequest(ctx, partnership.id, args, figures);
    const scope = { ...request, db: ctx.dataSource, partnershipId: partnership.id, today: calendarDate() };
    const [threshold, counts] = await Promise.all([
      suppressionThresholdOf(scope.db, figures.schema, partnership.id),
      count(scope),
    ]);
    return {
      period: { from: request.period.from, to: request.period.to },
      suppressionThreshold: threshold,
      ...publish(counts, threshold, scope),
    };
  };
}
