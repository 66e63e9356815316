/** More distinct operation names than this in one process are reported as `other`. */
export const MAX_OPERATION_NAMES = 200;

const seen = new Set<string>();
const IDENTIFIER = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation names come from clients: a label per name would let any caller grow /metrics without
 * bound. Names that are GraphQL identifiers are kept up to MAX_OPERATION_NAMES per process; the
 * rest are `other`, and a missing name is `anonymous`.
 */
export function operationLabel(name: string | null | undefined, known: Set<string> = seen): string {
  if (!name) return 'anonymous';
  if (!IDENTIFIER.test(name)) return 'other';
  if (known.has(name)) return name;
  if (known.size >= MAX_OPERATION_NAMES) return 'other';
  known.add(name);
  return name;
}
