import { atomFeed } from '../../src/board/atom-feed';
import { boardPage } from '../../src/board/board-page';
import type { PublishedOutcome } from '../../src/board/board-query';

const outcome = (n: number, extra: Partial<PublishedOutcome> = {}): PublishedOutcome => ({
  id: `b0000000-0000-4000-8000-00000000000${n}`,
  findingTitle: `Finding ${n} & <more>`,
  youSaid: 'Buses stop too early',
  weDid: 'Asked the operator',
  status: 'NOT_ACCEPTED',
  boundary: 'FINANCIAL',
  reason: 'It costs £40,000',
  recordedAt: `2025-0${n}-01T10:00:00.000Z`,
  updatedAt: `2025-0${n}-02T10:00:00.000Z`,
  ...extra,
});
const partnershipId = '7f1c2b9e-3a57-4c1e-9d0b-2b1f3c4d5e6f';

describe('the board page', () => {
  const page = (after: string | null, hasNextPage: boolean) =>
    boardPage({
      partnershipId,
      after,
      basePath: `/board/${partnershipId}`,
      page: {
        totalCount: 3,
        hasNextPage,
        endCursor: 'abc+/=',
        outcomes: [outcome(2), outcome(1, { status: 'ACCEPTED', boundary: null, reason: null })],
      },
    });

  it('says why not and the kind of limit when an outcome was not accepted, escaping everything', () => {
    const html = page(null, true);
    expect(html).toContain('Why not (a financial limit):</strong> It costs £40,000');
    expect(html).toContain('Finding 2 &#38; &#60;more&#62;');
    expect(html).not.toContain('<more>');
  });

  it('links to older outcomes with the cursor, and back to the newest from an older page', () => {
    expect(page(null, true)).toContain(`href="/board/${partnershipId}?after=abc%2B%2F%3D" rel="next"`);
    expect(page(null, true)).not.toContain('Newest outcomes');
    expect(page('x', false)).toContain(`<a href="/board/${partnershipId}">Newest outcomes</a>`);
    expect(page('x', false)).not.toContain('rel="next"');
  });

  it('is in English with a language, a viewport, a title and a link to its feed; no script', () => {
    const html = page(null, false);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('type="application/atom+xml"');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the Atom feed', () => {
  it('has one entry per outcome, with the outcome id as a stable urn and the newest update as the feed update', () => {
    const xml = atomFeed({
      partnershipId,
      boardUrl: 'https://x/board/p',
      feedUrl: 'https://x/board/p/feed.atom',
      outcomes: [outcome(2), outcome(1)],
    });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<id>urn:uuid:b0000000-0000-4000-8000-000000000002</id>');
    expect(xml).toContain('<updated>2025-02-02T10:00:00.000Z</updated>\n  <entry>'.split('\n')[0]);
    expect(xml).toContain('Finding 2 &#38; &#60;more&#62;');
    expect(xml).toContain('Why not (a financial limit): It costs £40,000');
  });
});
