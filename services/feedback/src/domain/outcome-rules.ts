import { badUserInput, BoundaryKind, optionalText, OutcomeStatus, requireText } from '@voicegraph/platform';

export interface OutcomeFields {
  status: OutcomeStatus;
  youSaid: string;
  weDid: string;
  reason?: string | null;
  boundary?: BoundaryKind | null;
  published?: boolean | null;
}

export interface ValidOutcome {
  status: OutcomeStatus;
  youSaid: string;
  weDid: string;
  reason: string | null;
  boundary: BoundaryKind | null;
  published: boolean;
}

/** Normalises an outcome; NOT_ACCEPTED needs a reason and its boundary, and a boundary needs a reason. */
export function validateOutcome(input: OutcomeFields): ValidOutcome {
  const youSaid = requireText('youSaid', input.youSaid, 1000);
  const weDid = requireText('weDid', input.weDid, 2000);
  const reason = optionalText('reason', input.reason, 2000);
  const boundary = input.boundary ?? null;
  if (input.status === 'NOT_ACCEPTED' && !reason) {
    throw badUserInput(
      'An outcome that was not accepted needs a reason young people can understand (reason).',
      'reason',
    );
  }
  if (input.status === 'NOT_ACCEPTED' && !boundary) {
    throw badUserInput(
      'An outcome that was not accepted needs its boundary: PRACTICAL, FINANCIAL, LEGAL, SAFETY or POLITICAL.',
      'boundary',
    );
  }
  if (boundary && !reason) throw badUserInput('A boundary needs a reason that explains it.', 'reason');
  return { status: input.status, youSaid, weDid, reason, boundary, published: input.published ?? false };
}

/**
 * The step an outcome's history gains when it is recorded: one when it is first recorded
 * (previous null) or its status changes; none when only its words or publication change.
 */
export function historyStep(
  previous: OutcomeStatus | null,
  next: OutcomeStatus,
): { previousStatus: OutcomeStatus | null; status: OutcomeStatus } | null {
  return previous === next ? null : { previousStatus: previous, status: next };
}
