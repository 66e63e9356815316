/** One GraphQL request to the gateway; GraphQL errors become one Error a person can act on. */
export async function askGraph<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body)
    throw new GraphError(`The gateway at ${gatewayUrl} answered HTTP ${response.status} without JSON.`, 'UNAVAILABLE');
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphError(
      body.errors.map((e) => e.message).join('; '),
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    );
  }
  return body.data as T;
}

/** A refusal or failure from the graph, with its `extensions.code`. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}
