import { EnvReader } from '@voicegraph/platform';

/** The board's settings, from the environment; safe local defaults. */
export interface BoardConfig {
  port: number;
  host: string;
  /** BOARD_GATEWAY_URL: the gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** BOARD_PUBLIC_URL: the public origin used in the feed's links (else the request's Host). */
  publicUrl?: string;
  /** BOARD_PAGE_SIZE: outcomes per page (the feed carries twice as many). */
  pageSize: number;
  /** BOARD_MAX_AGE_SECONDS: how long browsers, shared caches and the board itself keep a page. */
  maxAgeSeconds: number;
  /** BOARD_CACHED_PAGES: pages the board keeps for its visitors at most (least recently read go first). */
  cachedPages: number;
  logLevel: string;
}

export function loadBoardConfig(env: Record<string, string | undefined> = process.env): BoardConfig {
  const reader = new EnvReader(env);
  const publicUrl = reader.optional('BOARD_PUBLIC_URL')
    ? reader.url('BOARD_PUBLIC_URL').replace(/\/+$/, '')
    : undefined;
  const config: BoardConfig = {
    port: reader.int('PORT', 4010, 0, 65535),
    host: reader.string('HOST', '0.0.0.0'),
    gatewayUrl: reader.url('BOARD_GATEWAY_URL', 'http://127.0.0.1:4000/graphql'),
    publicUrl,
    pageSize: reader.int('BOARD_PAGE_SIZE', 10, 1, 50),
    maxAgeSeconds: reader.int('BOARD_MAX_AGE_SECONDS', 60, 0, 86_400),
    cachedPages: reader.int('BOARD_CACHED_PAGES', 1000, 1, 1_000_000),
    logLevel: reader.oneOf(
      'LOG_LEVEL',
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const,
      'info',
    ),
  };
  reader.done();
  return config;
}
