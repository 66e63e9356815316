/** Another subgraph's entity, by reference: what governance resolvers return for it and receive for its fields. */
export type EntityRef = { __typename?: string; id: string };

/**
 * A row a foreign key says exists (a seat's forum, an objective's plan). The schema promises it,
 * so a missing one is a fault to report, not a null to hand on.
 */
export async function required<T>(loading: Promise<T | null>, what: string): Promise<T> {
  const row = await loading;
  if (row == null) throw new Error(`${what} is missing`);
  return row;
}
