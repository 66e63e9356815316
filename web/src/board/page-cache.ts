import { LRUCache } from 'lru-cache';
import { BoardPage, fetchBoardPage } from './board-query';

/** Where a board page comes from: the gateway, asked for one page. */
export type FetchBoardPage = (partnershipId: string, first: number, after: string | null) => Promise<BoardPage>;

export interface BoardPageCacheOptions {
  /** Seconds a fetched page is served without asking the gateway again (the page's max-age). */
  maxAgeSeconds: number;
  /** Pages kept at most (the least recently read go first). */
  maxPages: number;
}

/**
 * The board's pages, shared by every visitor: the board is public and the same for everyone, so
 * one gateway request per page per max-age serves them all. Why the board keeps them itself:
 * - the gateway counts every board request against the board's one address, so a board asking
 *   once per visitor would spend its whole rate limit when a link is shared with a school, and
 *   then every visitor would see "try again soon";
 * - visitors arriving together wait for the same fetch (one in flight per page, lru-cache's
 *   fetch), not one each;
 * - while the gateway is refusing or down, the last page fetched is served rather than an error
 *   (it is at most a few minutes old, and outcomes are published, not secret).
 * Errors are never kept: a wrong cursor or partnership is asked again next time.
 */
export function cachedBoardPages(
  gatewayUrl: string,
  options: BoardPageCacheOptions,
  fetchPage: FetchBoardPage = (partnershipId, first, after) => fetchBoardPage(gatewayUrl, partnershipId, first, after),
): FetchBoardPage {
  if (options.maxAgeSeconds === 0) return fetchPage;
  const cache = new LRUCache<string, BoardPage>({
    max: options.maxPages,
    ttl: options.maxAgeSeconds * 1000,
    // Not allowStaleOnFetchRejection: that turns every error into "no page", and a wrong cursor
    // must still reach the visitor as "this link has expired". Stale pages are served below.
    noDeleteOnFetchRejection: true,
    fetchMethod: (key) => {
      const { partnershipId, first, after } = JSON.parse(key) as {
        partnershipId: string;
        first: number;
        after: string | null;
      };
      return fetchPage(partnershipId, first, after);
    },
  });
  return async (partnershipId, first, after) => {
    const key = JSON.stringify({ partnershipId, first, after });
    try {
      const page = await cache.fetch(key);
      if (!page) throw new Error('the board page fetch gave nothing'); // fetchMethod never resolves undefined
      return page;
    } catch (error) {
      const stale = cache.get(key, { allowStale: true, noDeleteOnStaleGet: true });
      if (stale) return stale;
      throw error;
    }
  };
}
