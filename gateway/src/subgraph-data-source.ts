import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { Actor, Logger } from '@voicegraph/platform';
import { DocumentNode, GraphQLFormattedError, Kind, parse, SelectionSetNode } from 'graphql';

/** The gateway's per-request context: the verified caller and the header to forward. */
export interface GatewayContext {
  actor: Actor | null;
  authorization?: string;
  requestId: string;
  /** The caller's Idempotency-Key header, forwarded so subgraphs answer a retry once. */
  idempotencyKey?: string;
}

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** At most this many entities get their own "unavailable" error when an entity fetch fails. */
const MAX_ENTITY_ERRORS = 25;

/**
 * One subgraph, as the gateway calls it. Forwards the caller's Authorization header (each
 * subgraph verifies it again) and Idempotency-Key. A subgraph that refuses a request (HTTP 4xx with GraphQL
 * errors: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, …) has its errors passed on unchanged,
 * code and message; a subgraph that cannot be reached, times out or fails without a GraphQL
 * answer yields SERVICE_UNAVAILABLE errors at the fields it owns, and the rest of the answer
 * stands.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    fetcher: Fetcher,
    private readonly logger: Logger,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    if (ctx.authorization) request.http?.headers.set('authorization', ctx.authorization);
    if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
    if (ctx.idempotencyKey) request.http?.headers.set('idempotency-key', ctx.idempotencyKey);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const refused = graphqlErrorsOf(error);
      if (refused) return { errors: refused };
      const requestId = (options.context as Partial<GatewayContext>).requestId;
      this.logger.warn({ subgraph: this.subgraph, requestId, err: (error as Error).message }, 'subgraph unavailable');
      return { errors: unavailableErrors(this.subgraph, options) };
    }
  }
}

/** The GraphQL errors in a subgraph's non-2xx answer (RemoteGraphQLDataSource keeps its body), if it had any. */
export function graphqlErrorsOf(error: unknown): GraphQLFormattedError[] | undefined {
  const body = (error as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  if (!body || typeof body !== 'object') return undefined;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const valid = errors.filter(
    (e): e is GraphQLFormattedError =>
      !!e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string',
  );
  return valid.length ? valid : undefined;
}

/** The response names of the fields directly in `set` (through inline fragments), __typename aside. */
function fieldNames(set: SelectionSetNode): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD)
      return selection.name.value === '__typename' ? [] : [(selection.alias ?? selection.name).value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNames(selection.selectionSet);
    return [];
  });
}

/**
 * SERVICE_UNAVAILABLE errors with paths the gateway maps onto the client's answer: one per root
 * field of a root fetch, or, for an entity fetch, one per entity (`_entities`, index, the first
 * field asked of it, which the gateway turns into that entity's path).
 */
export function unavailableErrors(
  subgraph: string,
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): GraphQLFormattedError[] {
  const document: DocumentNode | undefined =
    ('document' in options ? options.document : undefined) ??
    (options.request.query ? parse(options.request.query) : undefined);
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const roots = operation && operation.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet : undefined;
  const representations = options.request.variables?.representations;
  const error = (fields: string[], path?: (string | number)[]): GraphQLFormattedError => ({
    message: `The ${subgraph} part of the graph is unavailable right now, so ${fields.length ? fields.join(', ') : 'its fields'} could not be answered; the rest of the answer is complete. Try again shortly.`,
    ...(path ? { path } : {}),
    extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: subgraph },
  });
  if (Array.isArray(representations) && roots) {
    const entities = roots.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
    const fields =
      entities && entities.kind === Kind.FIELD && entities.selectionSet ? fieldNames(entities.selectionSet) : [];
    const first = fields[0];
    const count = Math.min(representations.length, MAX_ENTITY_ERRORS);
    if (!first || count === 0) return [error(fields)];
    return Array.from({ length: count }, (_, i) => error(fields, ['_entities', i, first]));
  }
  const fields = roots ? fieldNames(roots) : [];
  return fields.length ? fields.map((name) => error([name], [name])) : [error([])];
}
