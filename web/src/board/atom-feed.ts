import { escapeHtml } from '../html-kit';
import type { PublishedOutcome } from './board-query';
import { BOUNDARY, STATUS } from './board-page';

export interface FeedView {
  partnershipId: string;
  /** Absolute URL of the board page (the feed's alternate link). */
  boardUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  outcomes: PublishedOutcome[];
}

/**
 * The board as an Atom 1.0 feed (RFC 4287) for the partnership's social media tools: the newest
 * outcomes, each an entry whose id is the outcome's (stable, so a reader never shows one twice)
 * and whose content is the same words as the page. No personal data, like the page.
 */
export function atomFeed(view: FeedView): string {
  const x = escapeHtml;
  const updated = view.outcomes.reduce(
    (latest, o) => (o.updatedAt > latest ? o.updatedAt : latest),
    view.outcomes[0]?.updatedAt ?? new Date(0).toISOString(),
  );
  const entries = view.outcomes.map((o) => {
    const status = STATUS[o.status] ?? o.status;
    const why = o.reason ? ` Why not${o.boundary ? ` (${BOUNDARY[o.boundary] ?? 'a limit'})` : ''}: ${o.reason}` : '';
    return `  <entry>
    <id>urn:uuid:${x(o.id)}</id>
    <title>${x(o.findingTitle)}</title>
    <link rel="alternate" type="text/html" href="${x(view.boardUrl)}"/>
    <published>${x(o.recordedAt)}</published>
    <updated>${x(o.updatedAt)}</updated>
    <category term="${x(o.status)}" label="${x(status)}"/>
    <summary type="text">You said: ${x(o.youSaid)} We did: ${x(o.weDid)}${x(why)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>urn:uuid:${x(view.partnershipId)}</id>
  <title>You said, we did</title>
  <subtitle>What young people told the partnership, and what happened because of it.</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(view.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(view.boardUrl)}"/>
  <author><name>The Children's Partnership</name></author>
  <updated>${x(updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
