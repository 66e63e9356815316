import { SignJWT } from 'jose';
import { DEV_JWT_SECRET } from '@voicegraph/platform';

/**
 * The hostile requests the graph must refuse cheaply (docs/operations.md, "Safe at the edge"):
 * sent by the security tests (which assert each refusal, its code, that nothing was written)
 * and by `npm run bench:attacks` (which times them). Each is one HTTP request.
 */
export interface AttackRequest {
  /** The raw body, exactly as sent. */
  body: string;
  headers?: Record<string, string>;
}

export interface Attack {
  name: string;
  /** Sent to the gateway only (it names the gateway's API), or to every subgraph too. */
  target: 'gateway' | 'any';
  build(context: AttackContext): Promise<AttackRequest> | AttackRequest;
  /**
   * The refusal: HTTP status and the first error's `extensions.code` (GRAPHQL_VALIDATION_FAILED
   * for what the query limits refuse while validating, BAD_USER_INPUT for what the request guards
   * refuse once variables are known, GRAPHQL_PARSE_FAILED at the parser's token limit).
   */
  status: number;
  code: string;
}

export interface AttackContext {
  /** A valid token of a partnership admin (attacks that need a caller use it). */
  token: string;
  /** The HS256 secret the graph verifies with (to forge tokens that are signed but wrong). */
  secret?: string;
}

const json = (value: unknown, token?: string): AttackRequest => ({
  body: JSON.stringify(value),
  headers: token ? { authorization: `Bearer ${token}` } : {},
});

/** `{ ...F0 }` where each fragment spreads the next twice: 2^levels walks for a naive rule. */
export function fragmentBomb(levels: number): string {
  const lines = ['query Bomb { ...F0 }'];
  for (let i = 0; i < levels; i += 1) lines.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  lines.push(`fragment F${levels} on Query { __typename }`);
  return lines.join('\n');
}

/** `count` aliased copies of `field`. */
export const aliases = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const CREATE_PARTNERSHIP =
  'mutation Create($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';

/** A token signed with the right key whose claims are wrong in one way. */
async function forged(
  secret: string,
  shape: (jwt: SignJWT) => SignJWT,
  claims: Record<string, unknown> = {},
): Promise<string> {
  const jwt = new SignJWT({ roles: ['PARTNERSHIP_ADMIN'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('5f1c2a9e-8b7d-4c3e-9a1f-0e2d3c4b5a69')
    .setIssuer('voicegraph')
    .setAudience('voicegraph');
  return shape(jwt).sign(new TextEncoder().encode(secret));
}
const now = () => Math.floor(Date.now() / 1000);
const YEAR = 365 * 86_400;

export const ATTACKS: Attack[] = [
  ...[10, 20, 30, 40].map((levels): Attack => ({
    name: `fragment bomb, ${levels} levels`,
    target: 'any',
    build: () => json({ query: fragmentBomb(levels) }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  })),
  {
    name: '5,000 aliases',
    target: 'any',
    build: () => json({ query: aliases(5000, '__typename') }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: '500 aliased people(first: 100)',
    target: 'gateway',
    build: ({ token }) => json({ query: aliases(500, 'people(first: 100) { totalCount }') }, token),
    status: 400,
    // Refused from its text, before it is parsed (past the parser's token limit too).
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '40 aliased people(first: 100)',
    target: 'gateway',
    build: ({ token }) => json({ query: aliases(40, 'people(first: 100) { totalCount }') }, token),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '200 aliased __schema, no token',
    target: 'any',
    build: () => json({ query: aliases(200, '__schema { types { name } }') }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a batch of 100 operations',
    target: 'any',
    build: () => json(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a 5 MB body',
    target: 'any',
    build: () => json({ query: '{ __typename }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } }),
    status: 413,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'people(first: 1000000)',
    target: 'gateway',
    build: ({ token }) => json({ query: '{ people(first: 1000000) { totalCount } }' }, token),
    status: 400,
    // graphql-armor's cost counts a literal `first` as a multiplier, so validation refuses it first.
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '$first = 1000000',
    target: 'gateway',
    build: ({ token }) =>
      json({ query: 'query($n: Int) { people(first: $n) { totalCount } }', variables: { n: 1_000_000 } }, token),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a NUL byte in text',
    target: 'gateway',
    build: ({ token }) => json({ query: CREATE_PARTNERSHIP, variables: { input: { name: 'City\u0000Hall' } } }, token),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a lone surrogate in text',
    target: 'gateway',
    build: ({ token }) =>
      json({ query: CREATE_PARTNERSHIP, variables: { input: { name: 'City \ud800 Hall' } } }, token),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an id that is not a UUID',
    target: 'gateway',
    build: ({ token }) => json({ query: `{ person(id: "1' OR '1'='1") { id } }` }, token),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an operationName the document lacks',
    target: 'any',
    build: () => json({ query: 'query A { __typename }', operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two operations and no operationName',
    target: 'any',
    build: () => json({ query: 'query A { __typename } query B { __typename }' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'a token without exp',
    target: 'any',
    build: async ({ secret }) =>
      json({ query: '{ __typename }' }, await forged(secret ?? DEV_JWT_SECRET, (jwt) => jwt.setIssuedAt())),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a token issued a year ahead',
    target: 'any',
    build: async ({ secret }) =>
      json(
        { query: '{ __typename }' },
        await forged(secret ?? DEV_JWT_SECRET, (jwt) =>
          jwt.setIssuedAt(now() + YEAR).setExpirationTime(now() + YEAR + 3600),
        ),
      ),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a token not valid before next week',
    target: 'any',
    build: async ({ secret }) =>
      json(
        { query: '{ __typename }' },
        await forged(secret ?? DEV_JWT_SECRET, (jwt) =>
          jwt
            .setIssuedAt()
            .setNotBefore(now() + 7 * 86_400)
            .setExpirationTime('1h'),
        ),
      ),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a token that lives ten years',
    target: 'any',
    build: async ({ secret }) =>
      json(
        { query: '{ __typename }' },
        await forged(secret ?? DEV_JWT_SECRET, (jwt) => jwt.setIssuedAt().setExpirationTime('10y')),
      ),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
];

/** Sends one attack; answers the status, the first error code and the time it took (ms). */
export async function sendAttack(
  url: string,
  request: AttackRequest,
): Promise<{ status: number; code?: string; message?: string; ms: number; retryAfter?: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let first: { message?: string; extensions?: { code?: string } } | undefined;
  try {
    first = (JSON.parse(text) as { errors?: (typeof first)[] }).errors?.[0];
  } catch {
    first = undefined;
  }
  return {
    status: response.status,
    code: first?.extensions?.code,
    message: first?.message,
    ms,
    retryAfter: response.headers.get('retry-after') ?? undefined,
  };
}
