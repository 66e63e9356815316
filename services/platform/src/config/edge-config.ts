import { EnvReader } from './env';

/**
 * What every GraphQL server of the graph (the gateway and each subgraph) refuses before it does
 * any work: every check is linear in the request (see graphql/query-limits.ts).
 */
export interface QueryLimits {
  /** Deepest field nesting (VOICEGRAPH_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in one document (VOICEGRAPH_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens the parser reads before it gives up (VOICEGRAPH_MAX_TOKENS). */
  maxTokens: number;
  /** Directives in one document (VOICEGRAPH_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** graphql-armor's static cost of a document (VOICEGRAPH_MAX_COST). */
  maxCost: number;
  /** Largest `first` of any list (VOICEGRAPH_MAX_FIRST); above it, BAD_USER_INPUT. */
  maxFirst: number;
  /** Apollo's count of selections with every fragment expanded, stopped at the limit (VOICEGRAPH_MAX_RECURSIVE_SELECTIONS). */
  maxRecursiveSelections: number;
}

/** HTTP limits of every server (VOICEGRAPH_MAX_BODY_BYTES, VOICEGRAPH_MAX_BATCH, the timeouts). */
export interface HttpLimits {
  maxBodyBytes: number;
  /** Operations in one batched (array) request; 1 refuses batches. */
  maxBatch: number;
  /** Time a client has to send its request headers (VOICEGRAPH_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request (VOICEGRAPH_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
}

/** Browsers allowed to call the graph from another origin (VOICEGRAPH_CORS_ORIGINS). */
export interface CorsConfig {
  origins: string[];
}

/** Where production differs: no introspection, no suggestions, no explorer. */
export interface SurfaceConfig {
  production: boolean;
  /** VOICEGRAPH_INTROSPECTION: on outside production unless set to false; off in production unless true. */
  introspection: boolean;
}

export interface EdgeConfig {
  limits: QueryLimits;
  http: HttpLimits;
  cors: CorsConfig;
  surface: SurfaceConfig;
}

/** The local front ends' usual origins (Vite, Next, Create React App); only outside production. */
export const LOCAL_CORS_ORIGINS = [
  'http://localhost:3000',
  'http://127.0.0.1:3000',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
];

/** A subgraph's operations are the planner's: `_entities … on Type` adds levels to what a client wrote. */
export const SUBGRAPH_EDGE_DEFAULTS = { depth: 20 };

/**
 * Reads the edge settings. `depthDefault` differs: the gateway's operations are what a client
 * wrote; a subgraph's are the planner's, a few levels deeper (`_entities … on Type`).
 */
export function readEdgeConfig(
  reader: EnvReader,
  env: Record<string, string | undefined>,
  defaults: { depth: number } = { depth: 15 },
): EdgeConfig {
  const production = env.NODE_ENV === 'production';
  return {
    limits: {
      maxDepth: reader.int('VOICEGRAPH_MAX_DEPTH', defaults.depth, 2, 100),
      maxAliases: reader.int('VOICEGRAPH_MAX_ALIASES', 30, 0, 1000),
      maxTokens: reader.int('VOICEGRAPH_MAX_TOKENS', 5000, 100, 100_000),
      maxDirectives: reader.int('VOICEGRAPH_MAX_DIRECTIVES', 50, 0, 1000),
      maxCost: reader.int('VOICEGRAPH_MAX_COST', 20_000, 10, 10_000_000),
      maxFirst: reader.int('VOICEGRAPH_MAX_FIRST', 100, 1, 1000),
      maxRecursiveSelections: reader.int('VOICEGRAPH_MAX_RECURSIVE_SELECTIONS', 10_000, 100, 10_000_000),
    },
    http: {
      maxBodyBytes: reader.int('VOICEGRAPH_MAX_BODY_BYTES', 262_144, 1024, 50_000_000),
      maxBatch: reader.int('VOICEGRAPH_MAX_BATCH', 1, 1, 100),
      headersTimeoutMs: reader.int('VOICEGRAPH_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
      requestTimeoutMs: reader.int('VOICEGRAPH_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    },
    cors: { origins: readCorsOrigins(reader, production) },
    surface: {
      production,
      introspection:
        reader.oneOf('VOICEGRAPH_INTROSPECTION', ['true', 'false'] as const, production ? 'false' : 'true') === 'true',
    },
  };
}

function readCorsOrigins(reader: EnvReader, production: boolean): string[] {
  const origins = reader.list('VOICEGRAPH_CORS_ORIGINS', production ? [] : LOCAL_CORS_ORIGINS);
  const normalised: string[] = [];
  for (const origin of origins) {
    if (origin === '*') {
      reader.problem('VOICEGRAPH_CORS_ORIGINS must list origins (https://app.example.org), not "*"');
      continue;
    }
    try {
      const url = new URL(origin);
      if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, ''))
        throw new Error('not an origin');
      normalised.push(url.origin);
    } catch {
      reader.problem(
        `VOICEGRAPH_CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.org (got "${origin}")`,
      );
    }
  }
  return normalised;
}
