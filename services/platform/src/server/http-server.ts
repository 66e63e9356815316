import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { metricsRegistry } from '../metrics/registry';
import { Logger } from '../logging/logger';
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
  /** Names this server's spans (tracing/): `gateway`, or the subgraph's service name. */
  service?: string;
}

/**
 * A plain node:http server: `/health` (liveness), `/ready` (readiness), `/metrics` (Prometheus
 * text format, prom-client's registry: see metrics/registry.ts) and the GraphQL
 * endpoint through Apollo's executeHTTPGraphQLRequest. No framework: fewer moving parts.
 */
export function createHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Server {
  const path = options.path ?? '/graphql';
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;

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
    // One server span per GraphQL request, continuing the caller's W3C trace context if any.
    return inSpan(
      options.service ?? 'http',
      `${req.method ?? 'GET'} ${path}`,
      { kind: SpanKind.SERVER, parent: req.headers },
      () => graphql(req, res),
    );
  }

  async function graphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req, options.maxBodyBytes ?? 1_000_000);
    if (body === TOO_LARGE)
      return sendJson(res, 413, {
        errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }],
      });
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

function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? TOO_LARGE : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
