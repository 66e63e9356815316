import { createRemoteJWKSet, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose';
import { AuthConfig } from '../config/service-config';
import { unauthenticated } from '../errors/errors';
import { Actor, ROLES, Role } from './actor';
import { TokenCache } from './token-cache';

export type TokenVerifier = (token: string) => Promise<Actor>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies a bearer JWT: HS256 with the shared secret, or RS256 via JWKS.
 * Only those algorithms are accepted, so `alg: none` and algorithm confusion fail.
 */
export interface TokenVerifierOptions {
  /** Verified tokens remembered (LRU); 0 turns the cache off. Default 10,000. */
  cacheEntries?: number;
  /** How long a verification is trusted at most (never past the token's `exp`). Default 60 s. */
  cacheMaxAgeMs?: number;
  now?: () => number;
}

/** Defaults of VOICEGRAPH_TOKEN_MAX_LIFETIME_SECONDS and VOICEGRAPH_TOKEN_CLOCK_SKEW_SECONDS. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_TOKEN_CLOCK_SKEW_SECONDS = 30;

export function createTokenVerifier(config: AuthConfig, options: TokenVerifierOptions = {}): TokenVerifier {
  const skew = config.clockSkewSeconds ?? DEFAULT_TOKEN_CLOCK_SKEW_SECONDS;
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
  // jose checks exp and nbf with this tolerance, and refuses a token without exp.
  const common = {
    issuer: config.issuer,
    audience: config.audience,
    clockTolerance: skew,
    requiredClaims: ['exp'],
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (config.jwksUrl) {
    const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    verify = async (token) => (await jwtVerify(token, jwks, { ...common, algorithms: ['RS256'] })).payload;
  } else if (config.secret) {
    const key = new TextEncoder().encode(config.secret);
    verify = async (token) => (await jwtVerify(token, key, { ...common, algorithms: ['HS256'] })).payload;
  } else {
    throw new Error('Auth needs VOICEGRAPH_JWT_SECRET or VOICEGRAPH_JWKS_URL');
  }
  const cache = new TokenCache<Actor>({
    maxEntries: options.cacheEntries ?? config.tokenCacheEntries ?? 10_000,
    maxAgeMs: options.cacheMaxAgeMs ?? 60_000,
    now: options.now,
  });
  return async (token) => {
    const cached = cache.get(token);
    if (cached) return copyActor(cached);
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      throw unauthenticated(
        `The bearer token was rejected (${describeJoseError(error)}). Get a new token and try again.`,
      );
    }
    const problem = lifetimeProblem(payload, Date.now() / 1000, skew, maxLifetime);
    if (problem) throw unauthenticated(`The bearer token was rejected (${problem}). Get a new token and try again.`);
    const actor = actorFromClaims(payload);
    cache.set(token, copyActor(actor), payload.exp);
    return actor;
  };
}

/**
 * What jose does not check: a token issued in the future (beyond the clock skew) is forged or
 * from a broken clock; a token that lives longer than the maximum is a standing credential.
 */
export function lifetimeProblem(
  payload: JWTPayload,
  nowSeconds: number,
  skewSeconds: number,
  maxLifetimeSeconds: number,
): string | undefined {
  const { exp, iat } = payload;
  if (typeof exp !== 'number') return 'it has no expiry (`exp`)';
  if (iat !== undefined && (typeof iat !== 'number' || iat > nowSeconds + skewSeconds))
    return 'it was issued in the future (`iat`)';
  const from = typeof iat === 'number' ? iat : nowSeconds;
  if (exp - from > maxLifetimeSeconds + skewSeconds)
    return `it lives longer than ${maxLifetimeSeconds} s (\`exp\` − \`iat\`)`;
  return undefined;
}

/** Callers get their own copy, so nothing a request does to its actor leaks into the cache. */
function copyActor(actor: Actor): Actor {
  return {
    personId: actor.personId,
    roles: [...actor.roles],
    partnershipId: actor.partnershipId,
    organisationIds: [...actor.organisationIds],
  };
}

function describeJoseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'it has expired';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'its signature does not match';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'its signing algorithm is not allowed';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': {
      const claim = (error as { claim?: string }).claim;
      if (claim === 'exp') return 'it has no expiry (`exp`)';
      if (claim === 'nbf') return 'it is not valid yet (`nbf` is in the future)';
      return `a claim is wrong: ${(error as Error).message}`;
    }
    default:
      return 'it is malformed or not signed by VoiceGraph';
  }
}

/** Checks the VoiceGraph claims: sub, roles, partnership, orgs. */
export function actorFromClaims(payload: JWTPayload): Actor {
  const { sub } = payload;
  if (typeof sub !== 'string' || !UUID.test(sub)) throw unauthenticated('The token has no valid `sub` (a person id).');
  const rawRoles = payload.roles;
  if (!Array.isArray(rawRoles) || rawRoles.length === 0) throw unauthenticated('The token names no `roles`.');
  const roles = rawRoles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role));
  if (roles.length !== rawRoles.length)
    throw unauthenticated(`The token names an unknown role; known roles are ${ROLES.join(', ')}.`);
  const partnership = payload.partnership;
  if (
    partnership !== undefined &&
    partnership !== null &&
    (typeof partnership !== 'string' || !UUID.test(partnership))
  ) {
    throw unauthenticated('The token `partnership` claim must be a partnership id.');
  }
  const orgs = payload.orgs ?? [];
  if (!Array.isArray(orgs) || !orgs.every((id) => typeof id === 'string' && UUID.test(id))) {
    throw unauthenticated('The token `orgs` claim must be a list of organisation ids.');
  }
  return {
    personId: sub.toLowerCase(),
    roles,
    partnershipId: typeof partnership === 'string' ? partnership.toLowerCase() : null,
    organisationIds: (orgs as string[]).map((id) => id.toLowerCase()),
  };
}

/** Reads `Authorization: Bearer …`. A missing header is an anonymous caller; a malformed one is an error. */
export async function actorFromAuthorizationHeader(
  header: string | undefined | null,
  verify: TokenVerifier,
): Promise<Actor | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return verify(match[1]);
}
