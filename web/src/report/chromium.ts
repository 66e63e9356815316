import { chromium } from 'playwright-core';

/** Debian's `chromium` package; `tools/scripts/ensure-chromium.sh` installs it where it is missing. */
export const CHROMIUM_PATH = process.env.VOICEGRAPH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Without the background-networking, component-update and sync switches Chromium keeps trying
 * (and waiting on) connections to Google's services, which a closed network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Prints the report's HTML to an A4 PDF with headless Chromium: tagged (headings and reading
 * order for screen readers) and with an outline from the headings. The page loads nothing from
 * the network: the HTML is self-contained, and any request is refused.
 */
export async function printPdf(htmlDocument: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(htmlDocument, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center;color:#404040"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
