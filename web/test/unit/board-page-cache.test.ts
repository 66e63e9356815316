import { setTimeout as sleep } from 'node:timers/promises';
import type { BoardPage } from '../../src/board/board-query';
import { cachedBoardPages, FetchBoardPage } from '../../src/board/page-cache';
import { GraphError } from '../../src/graph';

const partnershipId = '7f1c2b9e-3a57-4c1e-9d0b-2b1f3c4d5e6f';
const page = (totalCount: number): BoardPage => ({ totalCount, hasNextPage: false, endCursor: null, outcomes: [] });

/** The gateway as the cache sees it: answers (or fails) as told, and counts what it was asked. */
function gateway() {
  const asked: string[] = [];
  let answer: () => Promise<BoardPage> = () => Promise.resolve(page(asked.length));
  const fetchPage: FetchBoardPage = async (id, first, after) => {
    asked.push(`${id} ${first} ${after}`);
    await sleep(5); // in flight for a moment, as over the network
    return answer();
  };
  return { asked, fetchPage, answerWith: (next: () => Promise<BoardPage>) => (answer = next) };
}

describe('the board keeps its pages for its visitors', () => {
  it('visitors arriving together share one gateway request', async () => {
    const { asked, fetchPage } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 60, maxPages: 10 }, fetchPage);
    const seen = await Promise.all(Array.from({ length: 50 }, () => pages(partnershipId, 10, null)));
    expect(seen.every((p) => p.totalCount === 1)).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('asks again for another page, cursor or partnership, each once', async () => {
    const { asked, fetchPage } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 60, maxPages: 10 }, fetchPage);
    for (let visit = 0; visit < 3; visit += 1) {
      await pages(partnershipId, 10, null);
      await pages(partnershipId, 10, 'cursor');
      await pages(partnershipId, 20, null);
      await pages('00000000-0000-4000-8000-000000000000', 10, null);
    }
    expect(asked).toHaveLength(4);
  });

  it('asks again once the max-age has passed', async () => {
    const { asked, fetchPage } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 0.05, maxPages: 10 }, fetchPage);
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(1);
    await sleep(80);
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(2);
    expect(asked).toHaveLength(2);
  });

  it('serves the last page fetched while the gateway refuses, and the fresh one when it answers again', async () => {
    const { asked, fetchPage, answerWith } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 0.05, maxPages: 10 }, fetchPage);
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(1);
    await sleep(80);
    answerWith(() => Promise.reject(new GraphError('Too many requests', 'RATE_LIMITED')));
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(1);
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(1);
    expect(asked).toHaveLength(3); // each visit tried the gateway: a refusal is not kept
    answerWith(() => Promise.resolve(page(asked.length)));
    expect((await pages(partnershipId, 10, null)).totalCount).toBe(4);
  });

  it('passes an error on when it has no page to serve, and does not keep it', async () => {
    const { asked, fetchPage, answerWith } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 60, maxPages: 10 }, fetchPage);
    answerWith(() => Promise.reject(new GraphError('That cursor is not valid', 'BAD_USER_INPUT')));
    await expect(pages(partnershipId, 10, 'made-up')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(pages(partnershipId, 10, 'made-up')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(asked).toHaveLength(2);
  });

  it('keeps at most maxPages pages, dropping the least recently read', async () => {
    const { asked, fetchPage } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 60, maxPages: 2 }, fetchPage);
    await pages(partnershipId, 10, 'a');
    await pages(partnershipId, 10, 'b');
    await pages(partnershipId, 10, 'a'); // a is now the more recent
    await pages(partnershipId, 10, 'c'); // b goes
    expect(asked).toHaveLength(3);
    await pages(partnershipId, 10, 'a');
    expect(asked).toHaveLength(3);
    await pages(partnershipId, 10, 'b');
    expect(asked).toHaveLength(4);
  });

  it('with a max-age of 0 asks the gateway for every visitor', async () => {
    const { asked, fetchPage } = gateway();
    const pages = cachedBoardPages('unused', { maxAgeSeconds: 0, maxPages: 10 }, fetchPage);
    await Promise.all([pages(partnershipId, 10, null), pages(partnershipId, 10, null)]);
    expect(asked).toHaveLength(2);
  });
});
