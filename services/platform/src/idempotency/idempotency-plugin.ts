import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse, HeaderMap } from '@apollo/server';
import { FormattedExecutionResult } from 'graphql';
import { RequestContext } from '../server/context';

/** How long an answer is kept for retries: a day covers any client's retry policy. */
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

type State = 'running' | 'done' | 'unknown';
interface Claim {
  state: State;
  stale: boolean;
  request_hash: string;
  response: FormattedExecutionResult | null;
}

function refusal(message: string, code: string): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } },
  };
}

function replay(result: FormattedExecutionResult): GraphQLResponse {
  const headers = new HeaderMap();
  headers.set('idempotent-replayed', 'true');
  return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: result } };
}

/** The request's identity: the same key must come with the same operation and variables. */
export function requestHash(query: string, variables: unknown): string {
  return createHash('sha256')
    .update(query)
    .update('\0')
    .update(JSON.stringify(variables ?? {}))
    .digest('hex');
}

/** An answer whose outcome we cannot know (the database failed mid-way): not replayed, not rerun. */
function outcomeUnknown(result: FormattedExecutionResult): boolean {
  return (result.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/**
 * Idempotent mutations for every subgraph. A mutation with an `Idempotency-Key` header (the
 * gateway forwards it) is claimed in `idempotency_key` (per caller and key) before it runs; its
 * answer is kept for IDEMPOTENCY_TTL_HOURS. A retry with the same key and request returns the
 * first answer (header `idempotent-replayed: true`) and runs nothing, so writes nothing. The same
 * key with another request, or while the first is still running, is refused. When the first
 * attempt failed in a way whose outcome is unknown (an internal error: the write may have
 * committed), a retry is refused rather than risk a second write: the caller checks and retries
 * with a new key.
 */
export function idempotencyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let claimed: { actor: string; key: string } | undefined;
      return {
        async responseForOperation(ctx: GraphQLRequestContext<RequestContext>): Promise<GraphQLResponse | null> {
          const key = ctx.contextValue.idempotencyKey;
          if (key === undefined || ctx.operation?.operation !== 'mutation') return null;
          if (!KEY_PATTERN.test(key))
            return refusal(
              'The Idempotency-Key header must be 8 to 200 letters, digits or - _ . : (a UUID is a good key).',
              'BAD_USER_INPUT',
            );
          const actor = ctx.contextValue.actor?.personId ?? 'anonymous';
          const schema = ctx.contextValue.config.service;
          const hash = requestHash(ctx.request.query ?? '', ctx.request.variables);
          const dataSource = ctx.contextValue.dataSource;
          const inserted: unknown[] = await dataSource.query(
            `INSERT INTO "${schema}".idempotency_key (actor, key, request_hash, state) VALUES ($1, $2, $3, 'running')
             ON CONFLICT (actor, key) DO NOTHING RETURNING key`,
            [actor, key, hash],
          );
          if (inserted.length === 1) {
            claimed = { actor, key };
            return null;
          }
          const [existing]: Claim[] = await dataSource.query(
            `SELECT state, request_hash, response, created_at < now() - interval '2 minutes' AS stale FROM "${schema}".idempotency_key WHERE actor = $1 AND key = $2`,
            [actor, key],
          );
          if (!existing) return refusal('That Idempotency-Key expired while being reused; send again.', 'CONFLICT');
          if (existing.request_hash !== hash)
            return refusal(
              'This Idempotency-Key was already used for a different request: use a new key for a new request.',
              'BAD_USER_INPUT',
            );
          if (existing.state === 'done' && existing.response) return replay(existing.response);
          if (existing.state === 'running' && !existing.stale)
            return refusal('A request with this Idempotency-Key is still running: wait for its answer.', 'CONFLICT');
          return refusal(
            'The first request with this Idempotency-Key failed and may or may not have been applied: check, then retry with a new key.',
            'CONFLICT',
          );
        },
        async willSendResponse(ctx) {
          if (!claimed || ctx.response.body.kind !== 'single') return;
          const result = ctx.response.body.singleResult;
          const state: State = outcomeUnknown(result) ? 'unknown' : 'done';
          await ctx.contextValue.dataSource
            .query(
              `UPDATE "${ctx.contextValue.config.service}".idempotency_key SET state = $3, response = $4
                WHERE actor = $1 AND key = $2`,
              [claimed.actor, claimed.key, state, state === 'done' ? JSON.stringify(result) : null],
            )
            .catch((error: Error) =>
              ctx.contextValue.logger.error(
                { err: error.message },
                'could not keep the answer of an idempotent mutation',
              ),
            );
        },
      };
    },
  };
}

/** Forgets answers older than the TTL. */
export async function forgetExpiredIdempotencyKeys(
  dataSource: { query(sql: string, params?: unknown[]): Promise<unknown> },
  schema: string,
): Promise<void> {
  await dataSource.query(
    `DELETE FROM "${schema}".idempotency_key WHERE created_at < now() - make_interval(hours => $1)`,
    [IDEMPOTENCY_TTL_HOURS],
  );
}
