import { html, Markup } from '../html-kit';
import { pageShell } from '../page-shell';
import type { BoardPage, PublishedOutcome } from './board-query';

/** Words for an outcome's status and the kind of limit, as the public reads them. */
const STATUS: Record<string, string> = {
  RECEIVED: 'Received',
  UNDER_CONSIDERATION: 'Being considered',
  ACCEPTED: 'Done',
  PARTLY_ACCEPTED: 'Partly done',
  NOT_ACCEPTED: 'Not done',
};
const BOUNDARY: Record<string, string> = {
  PRACTICAL: 'a practical limit',
  FINANCIAL: 'a financial limit',
  LEGAL: 'a legal limit',
  SAFETY: 'a safety limit',
  POLITICAL: 'a political limit',
};

/**
 * Small, fast and readable on a phone: system fonts, no script, no image, one inline
 * stylesheet; contrast of at least 4.5:1; focus always visible; targets at least 24px (WCAG 2.2 AA).
 */
const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fafafa; }
.wrap { max-width: 42rem; margin: 0 auto; padding: 1rem; }
header { background: #0b3d62; color: #fff; }
header .wrap { padding-top: 1.25rem; padding-bottom: 1.25rem; }
header h1 { margin: 0; font-size: 1.6rem; }
header p { margin: .3rem 0 0; }
header a { color: #fff; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; color: #0b3d62; padding: .5rem; z-index: 1; }
ol.board { list-style: none; padding: 0; margin: 0; }
article { background: #fff; border: 1px solid #c4c4c4; border-radius: 8px; padding: .9rem 1rem; margin: 1rem 0; }
article h2 { font-size: 1.15rem; margin: 0 0 .5rem; line-height: 1.3; }
.said, .did { font-weight: 700; color: #0b3d62; }
.status { display: inline-block; font-size: .9rem; font-weight: 700; padding: .05rem .5rem; border-radius: 1rem; border: 2px solid currentColor; }
.status.ACCEPTED { color: #00613f; }
.status.PARTLY_ACCEPTED { color: #7a4a00; }
.status.NOT_ACCEPTED { color: #9e2a00; }
.status.RECEIVED, .status.UNDER_CONSIDERATION { color: #3d3d3d; }
.why { border-left: 4px solid #9e2a00; padding-left: .6rem; }
.meta { font-size: .9rem; color: #4a4a4a; margin: .4rem 0 0; }
nav.pages { display: flex; justify-content: space-between; gap: 1rem; margin: 1.5rem 0; }
nav.pages a { display: inline-block; min-height: 44px; padding: .6rem 1rem; background: #0b3d62; color: #fff; border-radius: 6px; text-decoration: none; }
a:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
footer { font-size: .95rem; color: #4a4a4a; }
footer a { color: #0b3d62; }
`;

export interface BoardView {
  partnershipId: string;
  page: BoardPage;
  /** The page's own `after` cursor (null on the first page). */
  after: string | null;
  /** The path the board lives under, e.g. /board/<id>. */
  basePath: string;
}

/** The board page: published outcomes newest first, one page of them, with links to move on. */
export function boardPage(view: BoardView): string {
  const { page, basePath } = view;
  const first = view.after === null;
  return pageShell({
    title: `${first ? '' : 'Older outcomes · '}You said, we did`,
    style: STYLE,
    head: html`<meta
        name="description"
        content="What young people told the partnership, and what happened because of it."
      />
      <link
        rel="alternate"
        type="application/atom+xml"
        title="You said, we did (Atom feed)"
        href="${basePath}/feed.atom"
      />`,
    body: html`<a class="skip" href="#outcomes">Skip to the outcomes</a>
      <header>
        <div class="wrap">
          <h1>You said, we did</h1>
          <p>What young people told us, and what happened because of it.</p>
        </div>
      </header>
      <main id="outcomes" class="wrap">
        <p>
          ${page.totalCount === 1 ? '1 outcome has' : `${page.totalCount} outcomes have`} been
          published${first ? ', newest first' : ''}.${first ? '' : ' These are older ones.'}
        </p>
        ${
          page.outcomes.length
            ? html`<ol class="board">
                ${page.outcomes.map(outcomeItem)}
              </ol>`
            : html`<p>Nothing has been published here yet.</p>`
        }
        <nav class="pages" aria-label="More outcomes">
          ${first ? html`<span></span>` : html`<a href="${basePath}">Newest outcomes</a>`}
          ${page.hasNextPage && page.endCursor ? html`<a href="${basePath}?after=${encodeURIComponent(page.endCursor)}" rel="next">Older outcomes</a>` : ''}
        </nav>
      </main>
      <footer class="wrap">
        <p>
          Follow new outcomes with the <a href="${basePath}/feed.atom">Atom feed</a>. No names or personal details are
          ever shown here.
        </p>
      </footer>`,
  });
}

function outcomeItem(outcome: PublishedOutcome): Markup {
  const limit = outcome.boundary ? (BOUNDARY[outcome.boundary] ?? 'a limit') : null;
  return html`<li>
    <article aria-labelledby="o-${outcome.id}" data-outcome="${outcome.id}">
      <h2 id="o-${outcome.id}">${outcome.findingTitle}</h2>
      <p><span class="said">You said:</span> ${outcome.youSaid}</p>
      <p><span class="did">We did:</span> ${outcome.weDid}</p>
      ${outcome.reason ? html`<p class="why"><strong>Why not${limit ? html` (${limit})` : ''}:</strong> ${outcome.reason}</p>` : ''}
      <p class="meta">
        <span class="status ${outcome.status}">${STATUS[outcome.status] ?? outcome.status}</span> ·
        <time datetime="${outcome.recordedAt}">${longDate(outcome.recordedAt)}</time>
      </p>
    </article>
  </li>`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function longDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** A short HTML page for a refusal (unknown board, bad link), with a way back. */
export function messagePage(title: string, message: string, back: string | null): string {
  return pageShell({
    title,
    style: STYLE,
    body: html`<header>
        <div class="wrap"><h1>${title}</h1></div>
      </header>
      <main class="wrap">
        <p>${message}</p>
        ${back ? html`<p><a href="${back}">Go to the newest outcomes</a></p>` : ''}
      </main>`,
  });
}

export { STATUS, BOUNDARY };
