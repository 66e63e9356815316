import { isUuid } from '../errors/validation';

/**
 * Another subgraph's entity, by reference: what a subgraph's resolvers return for it and receive
 * for the fields they add to it (map the type to it in `resolvers/mappers.json`).
 */
export type EntityRef = { __typename?: string; id: string };

/**
 * `__resolveReference` for another subgraph's entity this one extends: ids come from other
 * subgraphs, and anything that is not a UUID cannot be one of ours. Each field it resolves
 * applies this subgraph's own access rules, whatever the caller could see in the owner.
 */
export const entityReference = (ref: EntityRef): EntityRef | null =>
  isUuid(ref.id) ? { id: ref.id.toLowerCase() } : null;

/**
 * A row a foreign key says exists (a seat's forum, an objective's plan). The schema promises it,
 * so a missing one is a fault to report, not a null to hand on.
 */
export async function required<T>(loading: Promise<T | null>, what: string): Promise<T> {
  const row = await loading;
  if (row == null) throw new Error(`${what} is missing`);
  return row;
}
