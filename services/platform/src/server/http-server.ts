import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { CorsConfig, HttpLimits, QueryLimits } from '../config/edge-config';
import { metricsRegistry } from '../metrics/registry';
import { Logger } from '../logging/logger';
import { applyCors } from './cors';
import { overTextLimits } from '../graphql/query-limits';
import { inSpan, SpanKind } from '../tracing/spans';

export interface Readiness {
  /** Resolves with details when ready; throws (or returns ready: false) when not. */
  check(): Promise<{ ready: boolean; details: Record<string, unknown> }>;
}

export interface HttpServerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  readiness: Readiness;
  logger: Logger;
  path?: string;
  maxBodyBytes?: number;
  /** What GET /metrics answers (default: this process's registry; the gateway's workers ask their primary). */
  metrics?: () => Promise<string>;
  /** Body, batch and timeout limits (default: maxBodyBytes above, no batches, Node's timeouts). */
  http?: HttpLimits;
  /** Origins whose browsers may call the GraphQL endpoint (default: none). */
  cors?: CorsConfig;
  /**
   * Decides whether a GraphQL request may go ahead before its body is read (the gateway's rate
   * limit): undefined lets it through; a number refuses it with 429 and that Retry-After (seconds).
   */
  admit?: (req: IncomingMessage) => Promise<number | undefined>;
  /** Names this server's spans (tracing/): `gateway`, or the subgraph's service name. */
  service?: string;
  /**
   * The query limits on aliases and tokens (VOICEGRAPH_MAX_ALIASES, VOICEGRAPH_MAX_TOKENS): a document
   * over either is refused from its text alone, before Apollo parses and validates it (see
   * `overTextLimits`), with the codes Apollo would give. Default: no check here.
   */
  limits?: Pick<QueryLimits, 'maxAliases' | 'maxTokens'>;
}

/**
 * A plain node:http server: `/health` (liveness), `/ready` (readiness), `/metrics` (Prometheus
 * text format, prom-client's registry: see metrics/registry.ts) and the GraphQL
 * endpoint through Apollo's executeHTTPGraphQLRequest. No framework: fewer moving parts.
 */
export function createHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Server {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.http?.maxBodyBytes ?? options.maxBodyBytes ?? 1_000_000;
  const maxBatch = options.http?.maxBatch ?? 1;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  // A client that asks before sending its body (`Expect: 100-continue`, as curl does past 1 MB) is
  // refused a too-large one before sending it; any other is invited to go on, as Node would.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length'] ?? 0) <= maxBodyBytes) res.writeContinue();
    server.emit('request', req, res);
  });
  server.keepAliveTimeout = 65_000;
  if (options.http) {
    // A client that trickles its headers or body is cut off (slowloris), not waited for.
    server.headersTimeout = options.http.headersTimeoutMs;
    server.requestTimeout = Math.max(options.http.requestTimeoutMs, options.http.headersTimeoutMs);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const result = await options.readiness.check().catch((error: Error) => {
        options.logger.warn({ err: error.message }, 'readiness check failed');
        return { ready: false, details: { reason: 'readiness check failed (see the log)' } };
      });
      return sendJson(res, result.ready ? 200 : 503, {
        status: result.ready ? 'ready' : 'not ready',
        ...result.details,
      });
    }
    if (url.pathname === '/metrics') {
      const text = await (options.metrics ?? (() => metricsRegistry.metrics()))();
      res.statusCode = 200;
      res.setHeader('content-type', metricsRegistry.contentType);
      res.end(text);
      return;
    }
    if (url.pathname !== path) return sendJson(res, 404, { error: `Not found: the GraphQL endpoint is ${path}` });
    if (applyCors(req, res, options.cors?.origins ?? []) === 'answered') return;
    const retryAfter = await options.admit?.(req);
    if (retryAfter !== undefined) {
      req.resume();
      res.setHeader('retry-after', String(retryAfter));
      return sendJson(res, 429, {
        errors: [
          {
            message: `Too many requests from you; try again in ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
          },
        ],
      });
    }
    // One server span per GraphQL request, continuing the caller's W3C trace context if any.
    return inSpan(
      options.service ?? 'http',
      `${req.method ?? 'GET'} ${path}`,
      { kind: SpanKind.SERVER, parent: req.headers },
      () => graphql(req, res, url),
    );
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readBody(req, maxBodyBytes);
    if (body === TOO_LARGE) {
      stopReading(req);
      res.setHeader('connection', 'close');
      return sendJson(res, 413, {
        errors: [
          {
            message: `The request body is larger than ${maxBodyBytes} bytes; send a smaller query or fewer variables.`,
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body: parseBody(body, headers),
    };
    if (Array.isArray(request.body) && (request.body.length > maxBatch || request.body.length === 0))
      return sendJson(res, 400, {
        errors: [
          {
            message:
              maxBatch > 1
                ? `A batch may hold 1 to ${maxBatch} operations (got ${request.body.length}).`
                : 'Batched requests (a JSON array) are not accepted: send one operation per request.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    const refusal = options.limits && textLimitRefusal(queries(request.body, url), options.limits);
    if (refusal) return sendJson(res, 400, { errors: [refusal] });
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: () => options.context(req),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    // What Apollo's cache-control plugin answered for every operation (no @cacheControl hints
    // anywhere); the plugin is disabled because it wrapped every field resolver to compute it.
    if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
  return server;
}

const TOO_LARGE = Symbol('too large');

/**
 * How long a refused upload's connection stays half-open after its 413, unread, before it is
 * closed. Closing a socket with unread data sends a reset, and a client still sending its body
 * (undici, Node's fetch) can meet that reset before it has read the 413 that came just before it;
 * the reset follows the 413 by this long whatever the round trip. A browser reads the 413 once its
 * upload fails, so it sees the 413 after this long.
 */
const LINGER_MS = 250;

/**
 * Reads the body up to `limit` bytes. A larger one (by Content-Length, or once it exceeds the
 * limit) is refused at once and not read further: see `stopReading`.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      resolve(TOO_LARGE);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        req.off('data', onData);
        resolve(TOO_LARGE);
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('close', () => resolve(TOO_LARGE)); // destroyed before its end: nothing to answer
    req.on('error', reject);
  });
}

/**
 * Stops reading a refused body, so the rest of it costs nothing here: reading megabytes only to
 * throw them away cost a gateway worker ~12 ms of CPU per 5 MB, most of it garbage collection.
 * Pausing the socket is not enough: Node resumes it whenever the request is read from, and to
 * discard the rest of the body once the answer ends. `_paused` is Node's own hold on a socket its
 * HTTP parser reads (it holds pipelined requests with it): while set, nothing resumes it. A test
 * (test/security/request-body.test.ts) checks how little of each refused body is read.
 *
 * Instead of Node's close once a `Connection: close` answer is written (`destroySoon`: a reset,
 * since the body is unread), the connection is half-closed and closed LINGER_MS later, so the
 * client reads the 413.
 */
function stopReading(req: IncomingMessage): void {
  const socket = req.socket as Socket & { _paused?: boolean };
  socket._paused = true;
  socket.pause();
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

/** The first limit one of `documents` is over, as the error Apollo would answer (its code, our words). */
function textLimitRefusal(
  documents: string[],
  limits: Pick<QueryLimits, 'maxAliases' | 'maxTokens'>,
): { message: string; extensions: { code: string } } | undefined {
  for (const document of documents) {
    const over = overTextLimits(document, limits.maxAliases, limits.maxTokens);
    if (over === 'aliases')
      return {
        message: `An operation or fragment has more than ${limits.maxAliases} aliased fields, the limit. Ask for fewer aliased fields.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      };
    if (over === 'tokens')
      return {
        message: `The document has more than ${limits.maxTokens} tokens, the limit. Ask for fewer fields, or split it.`,
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      };
  }
  return undefined;
}

/** The GraphQL documents a request carries: `query` of its JSON body (or of each in a batch), or of its URL. */
function queries(body: unknown, url: URL): string[] {
  const found: string[] = [];
  for (const item of Array.isArray(body) ? body : [body]) {
    const query = (item as { query?: unknown } | null)?.query;
    if (typeof query === 'string') found.push(query);
  }
  const inUrl = url.searchParams.get('query');
  if (inUrl) found.push(inUrl);
  return found;
}

function parseBody(body: string, headers: HeaderMap): unknown {
  if (!body) return undefined;
  if ((headers.get('content-type') ?? '').includes('application/json')) {
    try {
      return JSON.parse(body);
    } catch {
      return body; // Apollo answers 400 with a clear message for a non-JSON body
    }
  }
  return body;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}

/** Listens and resolves with the bound port (0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the rest. */
export function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
