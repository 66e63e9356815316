/** Response data whose shape the caller knows from its own query (so fields are read by name). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyData = Record<string, any>;

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = AnyData> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** POSTs one operation; `token` becomes a Bearer header, `headers` are sent as given. */
export async function gql<T = AnyData>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The error codes of a response, in order (for compact assertions). */
export const codes = (response: GraphQLResponse): (string | undefined)[] =>
  (response.errors ?? []).map((e) => e.extensions?.code);

/** Throws with the errors when a response that should succeed did not. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}
