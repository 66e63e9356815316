import { Agent, request as httpRequest } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export interface SubgraphFetcherOptions {
  /** Sockets per subgraph host (keep-alive); requests beyond this wait for a free one. */
  connections: number;
  /**
   * The whole deadline of a subgraph call, from sending to the last byte of the answer: a
   * subgraph that trickles bytes cannot hold a gateway request past it (an idle timeout could).
   */
  timeoutMs?: number;
  /**
   * Share one subgraph call between identical query fetches in flight at the same moment
   * (same URL, same body, same headers apart from `x-request-id`), as Hive Gateway's HTTP
   * executor and Apollo Router's query deduplication do. Never for mutations.
   */
  deduplicateQueries?: boolean;
}

/** Headers that do not change a subgraph's answer and are left out of the deduplication key. */
const NOT_IN_DEDUPLICATION_KEY = new Set(['x-request-id', 'traceparent', 'tracestate']);

interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * The gateway's fetcher for subgraph calls: plain node:http with keep-alive agents.
 * @apollo/gateway's default (make-fetch-happen) builds a cache-aware request, a proxy-aware
 * agent lookup and an Error stack per call and keeps at most 15 sockets per host; in the
 * trail profile that was about 15% of the gateway's CPU. Subgraph calls are POSTs of JSON that
 * are never cached, so none of that is needed.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): Fetcher & { destroy(): void } {
  const agentOptions = {
    keepAlive: true,
    keepAliveMsecs: 1000,
    maxSockets: options.connections,
    maxFreeSockets: options.connections,
    scheduling: 'lifo' as const,
  };
  const http = new Agent(agentOptions);
  const https = new HttpsAgent(agentOptions);
  const inflight = new Map<string, Promise<RawResponse>>();
  const toResponse =
    (url: string) =>
    (raw: RawResponse): FetcherResponse =>
      new BufferedResponse(url, raw.status, raw.statusText, raw.headers, raw.body);
  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const key = options.deduplicateQueries ? deduplicationKey(url, init) : undefined;
    if (key === undefined) return send(url, init).then(toResponse(url));
    let shared = inflight.get(key);
    if (!shared) {
      shared = send(url, init);
      inflight.set(key, shared);
      const forget = () => {
        if (inflight.get(key) === shared) inflight.delete(key);
      };
      shared.then(forget, forget);
    }
    return shared.then(toResponse(url));
  };
  const send = (url: string, init: FetcherRequestInit): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const body =
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? Buffer.from(init.body, 'utf8')
            : init.body;
      const headers: Record<string, string | number> = { ...(init.headers ?? {}) };
      if (body) headers['content-length'] = body.length;
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        { method: init.method ?? 'GET', headers, agent: secure ? https : http },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () =>
            settled({
              status: res.statusCode ?? 0,
              statusText: res.statusMessage ?? '',
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      const deadline = options.timeoutMs
        ? setTimeout(
            () => req.destroy(new Error(`no complete answer within the ${options.timeoutMs} ms deadline`)),
            options.timeoutMs,
          )
        : undefined;
      const settle = () => clearTimeout(deadline);
      const settled = (raw: RawResponse) => {
        settle();
        resolve(raw);
      };
      req.on('close', settle);
      req.on('error', (error) => {
        settle();
        reject(new Error(`request to ${url} failed, reason: ${error.message}`));
      });
      const signal = init.signal as AbortSignal | undefined;
      if (signal) {
        if (signal.aborted) req.destroy(new Error('The operation was aborted.'));
        else
          signal.addEventListener('abort', () => req.destroy(new Error('The operation was aborted.')), { once: true });
      }
      req.end(body);
    });
  return Object.assign(fetcher, {
    destroy() {
      http.destroy();
      https.destroy();
    },
  });
}

/**
 * The key under which identical query fetches share one call, or undefined when this fetch
 * must go out on its own (not a POST of a query operation, or a signal that could abort it).
 * Apollo's data source serialises `{"query":…}` first, so the operation kind is the prefix.
 */
export function deduplicationKey(url: string, init: FetcherRequestInit): string | undefined {
  if ((init.method ?? 'GET').toUpperCase() !== 'POST' || init.signal || typeof init.body !== 'string') return undefined;
  if (!init.body.startsWith('{"query":"query') && !init.body.startsWith('{"query":"{')) return undefined;
  const headers = Object.entries(init.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !NOT_IN_DEDUPLICATION_KEY.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}`);
  return `${url}\n${headers.join('\n')}\n${init.body}`;
}

class BufferedHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [key, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(key.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.map.get(key);
    this.map.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A fully read response (subgraph answers are small JSON documents). */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: Record<string, string | string[] | undefined>,
    private readonly body: Buffer,
  ) {
    this.headers = new BufferedHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get bodyUsed(): boolean {
    return this.used;
  }

  private consume(): Buffer {
    if (this.used) throw new TypeError(`body used already for: ${this.url}`);
    this.used = true;
    return this.body;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.consume();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
  async text(): Promise<string> {
    return this.consume().toString('utf8');
  }
  async json(): Promise<unknown> {
    const text = await this.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`invalid json response body at ${this.url} reason: ${(error as Error).message}`);
    }
  }
  clone(): FetcherResponse {
    if (this.used) throw new TypeError('cannot clone body after it is used');
    return new BufferedResponse(this.url, this.status, this.statusText, Object.fromEntries(this.headers), this.body);
  }
}
