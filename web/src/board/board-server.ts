import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { isUuid, Logger } from '@voicegraph/platform';
import { GraphError } from '../graph';
import { atomFeed } from './atom-feed';
import { boardPage, messagePage } from './board-page';
import { cachedBoardPages, FetchBoardPage } from './page-cache';

export interface BoardServerOptions {
  /** The gateway's GraphQL URL; the board asks it with no token. */
  gatewayUrl: string;
  /** Outcomes per page (and in the feed: twice that). */
  pageSize: number;
  /** The public origin for the feed's absolute links, e.g. https://voice.example.org; else the request's Host. */
  publicUrl?: string;
  /** Seconds a page may be cached by browsers, shared caches and the board itself (0: not at all). */
  maxAgeSeconds: number;
  /** Board pages the board keeps for its visitors at most. */
  cachedPages: number;
  logger: Logger;
}

const BOARD = /^\/board\/([^/]+)\/?$/;
const FEED = /^\/board\/([^/]+)\/feed\.atom$/;

/** The public board: `/board/<partnership-id>` (paged by `?after=`) and `/board/<id>/feed.atom`. */
export function createBoardServer(options: BoardServerOptions): Server {
  const fetchPage = cachedBoardPages(options.gatewayUrl, {
    maxAgeSeconds: options.maxAgeSeconds,
    maxPages: options.cachedPages,
  });
  return createServer((req, res) => {
    route(req, res, options, fetchPage).catch((error: Error) => {
      options.logger.error({ err: error }, 'board request failed');
      if (!res.headersSent)
        send(
          res,
          502,
          'text/html',
          messagePage('Try again soon', 'The board could not be loaded just now. Please try again in a minute.', null),
          0,
        );
      else res.end();
    });
  });
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: BoardServerOptions,
  fetchPage: FetchBoardPage,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health' || url.pathname === '/ready')
    return send(res, 200, 'application/json', '{"status":"ok"}', 0);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'text/plain', 'The board is read-only: use GET.', 0);
  }
  const feed = FEED.exec(url.pathname);
  const board = feed ? null : BOARD.exec(url.pathname);
  const partnershipId = (feed ?? board)?.[1]?.toLowerCase();
  if (!partnershipId || !isUuid(partnershipId))
    return send(
      res,
      404,
      'text/html',
      messagePage('Page not found', 'There is no board at this address. Check the link you were given.', null),
      60,
    );
  const basePath = `/board/${partnershipId}`;
  const after = url.searchParams.get('after');
  if (feed) {
    const page = await fetchPage(partnershipId, options.pageSize * 2, null);
    const origin = options.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`;
    const body = atomFeed({
      partnershipId,
      boardUrl: `${origin}${basePath}`,
      feedUrl: `${origin}${basePath}/feed.atom`,
      outcomes: page.outcomes,
    });
    return send(res, 200, 'application/atom+xml', body, options.maxAgeSeconds);
  }
  try {
    const page = await fetchPage(partnershipId, options.pageSize, after);
    return send(res, 200, 'text/html', boardPage({ partnershipId, page, after, basePath }), options.maxAgeSeconds);
  } catch (error) {
    if (error instanceof GraphError && error.code === 'BAD_USER_INPUT')
      return send(
        res,
        400,
        'text/html',
        messagePage(
          'This link has expired',
          'This link to older outcomes is not valid. Start again from the newest.',
          basePath,
        ),
        0,
      );
    throw error;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string, maxAge: number): void {
  res.statusCode = status;
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('cache-control', maxAge ? `public, max-age=${maxAge}` : 'no-store');
  // No script, no frame, nothing from elsewhere: the page needs only its own inline style.
  res.setHeader(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
