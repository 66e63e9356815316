import { badUserInput } from '../errors/errors';
import { requireUuid } from '../errors/validation';
import { ParticipationContext } from '../events/catalogue/consultations';
import { AgeBand, Cohort } from '../events/catalogue/people';

/** The shared AnalyticsFilter input (platform/sdl/analytics.graphql) as the graph takes it. */
export interface AnalyticsFilterInput {
  organisationIds?: string[] | null;
  cohorts?: Cohort[] | null;
  ageBands?: AgeBand[] | null;
  context?: ParticipationContext | null;
}

/** The filter checked: null means "not narrowed"; lists have no duplicates. */
export interface AnalyticsFilter {
  organisationIds: string[] | null;
  cohorts: Cohort[] | null;
  ageBands: AgeBand[] | null;
  context: ParticipationContext | null;
}

const listOrNull = <T>(values: T[] | null | undefined): T[] | null =>
  values && values.length > 0 ? [...new Set(values)] : null;

/** Checks every condition of the filter; an empty list narrows nothing. */
export function validateAnalyticsFilter(input: AnalyticsFilterInput | null | undefined): AnalyticsFilter {
  return {
    organisationIds: listOrNull((input?.organisationIds ?? []).map((id) => requireUuid('filter.organisationIds', id))),
    cohorts: listOrNull(input?.cohorts),
    ageBands: listOrNull(input?.ageBands),
    context: input?.context ?? null,
  };
}

/**
 * For figures that know organisations but no young people's cohorts, age bands or contexts
 * (governance, feedback): the organisations to narrow to, or null for the whole partnership.
 * Any other condition is refused rather than silently ignored. `figures` names them in the
 * message, e.g. "Governance figures" and "governanceAnalytics".
 */
export function validateOrganisationFilter(
  input: AnalyticsFilterInput | null | undefined,
  figures: { name: string; field: string },
): { organisationIds: string[] | null } {
  const filter = validateAnalyticsFilter(input);
  const unsupported = (['cohorts', 'ageBands', 'context'] as const).filter((key) => filter[key] !== null);
  if (unsupported.length > 0) {
    throw badUserInput(
      `${figures.name} can be narrowed by organisationIds only, not by ${unsupported.join(' or ')}; ask for ${figures.field} without them.`,
      `filter.${unsupported[0]}`,
    );
  }
  return { organisationIds: filter.organisationIds };
}
