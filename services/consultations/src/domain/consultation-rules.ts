import {
  AgeBand,
  badUserInput,
  BoundaryKind,
  Cohort,
  conflict,
  ConsultationCreated,
  LadderLevel,
  optionalText,
  requireText,
} from '@voicegraph/platform';

export type ConsultationStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'CANCELLED';
export type Approach = 'DOING_TO' | 'DOING_FOR' | 'DOING_WITH';
/** What sort of activity, and how young people take part: as the SDL's enums and ConsultationCreated carry them. */
export type ConsultationKind = ConsultationCreated['kind'];
export type ConsultationMode = ConsultationCreated['mode'];
export type LifecycleAction = 'open' | 'close' | 'cancel';

export interface Boundary {
  kind: BoundaryKind;
  description: string;
}

/** The co-production pathway: two rungs Doing To, three Doing For, two Doing With. */
export function approachOf(level: LadderLevel): Approach {
  switch (level) {
    case 'COERCION':
    case 'EDUCATING':
      return 'DOING_TO';
    case 'INFORMING':
    case 'CONSULTING':
    case 'ENGAGING':
      return 'DOING_FOR';
    case 'CO_DESIGNING':
    case 'CO_PRODUCING':
      return 'DOING_WITH';
  }
}

const TRANSITIONS: Record<LifecycleAction, { from: ConsultationStatus[]; to: ConsultationStatus }> = {
  open: { from: ['DRAFT'], to: 'OPEN' },
  close: { from: ['OPEN'], to: 'CLOSED' },
  cancel: { from: ['DRAFT', 'OPEN'], to: 'CANCELLED' },
};

/** DRAFT → OPEN → CLOSED, or CANCELLED from DRAFT or OPEN; anything else is a CONFLICT. */
export function nextStatus(current: ConsultationStatus, action: LifecycleAction): ConsultationStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw conflict(
      `This consultation is ${current}, so it cannot be ${rule.to === 'OPEN' ? 'opened' : rule.to.toLowerCase()}: only a consultation that is ${rule.from.join(' or ')} can.`,
    );
  }
  return rule.to;
}

export interface ConsultationFieldsInput {
  title: string;
  summary?: string | null;
  themes?: string[] | null;
  targetCohorts?: Cohort[] | null;
  targetAgeBands?: AgeBand[] | null;
  boundaries?: Boundary[] | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

export interface ConsultationFields {
  title: string;
  summary: string | null;
  themes: string[];
  targetCohorts: Cohort[];
  targetAgeBands: AgeBand[];
  boundaries: Boundary[];
  opensAt: Date | null;
  closesAt: Date | null;
}

export const MAX_THEMES = 10;
export const MAX_BOUNDARIES = 10;

/** Validates the descriptive fields of a new consultation; themes are trimmed, lower-cased and de-duplicated. */
export function validateConsultationFields(input: ConsultationFieldsInput): ConsultationFields {
  const title = requireText('title', input.title, 200);
  const summary = optionalText('summary', input.summary, 2000);
  const themes = [...new Set((input.themes ?? []).map((theme) => requireText('themes', theme, 50).toLowerCase()))];
  if (themes.length > MAX_THEMES)
    throw badUserInput(`themes may name at most ${MAX_THEMES} themes (got ${themes.length}).`, 'themes');
  const boundaries = (input.boundaries ?? []).map((b) => ({
    kind: b.kind,
    description: requireText('boundaries.description', b.description, 500),
  }));
  if (boundaries.length > MAX_BOUNDARIES)
    throw badUserInput(`boundaries may list at most ${MAX_BOUNDARIES} (got ${boundaries.length}).`, 'boundaries');
  const opensAt = input.opensAt ?? null;
  const closesAt = input.closesAt ?? null;
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    throw badUserInput(
      `closesAt (${closesAt.toISOString()}) must be after opensAt (${opensAt.toISOString()}).`,
      'closesAt',
    );
  }
  return {
    title,
    summary,
    themes,
    boundaries,
    opensAt,
    closesAt,
    targetCohorts: [...new Set(input.targetCohorts ?? [])],
    targetAgeBands: [...new Set(input.targetAgeBands ?? [])],
  };
}
