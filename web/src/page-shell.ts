import { html, Markup } from './html-kit';

export interface PageShell {
  title: string;
  /** The page's one stylesheet, inline: the board's and the report's pages load nothing from elsewhere. */
  style: string;
  /** More of <head> (a description, a feed link), when the page has any. */
  head?: Markup;
  body: Markup;
}

/**
 * The document around every page the board and the report make: English, UTF-8, the phone's
 * width, a title and the inline stylesheet; no script.
 */
export function pageShell(page: PageShell): string {
  return html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        ${page.head}
        <style>
          ${new Markup(page.style)}
        </style>
      </head>
      <body>
        ${page.body}
      </body>
    </html> `.value;
}
