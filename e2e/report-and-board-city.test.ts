import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningService, startService } from '@voicegraph/platform';
import { gql, ok, startTestGateway, subgraph, SubgraphName, testServiceConfig, tokenFor } from '@voicegraph/testkit';
import { axeViolations } from '@voicegraph/testkit/axe';
import { launchBrowser, screenshotPath, TestBrowser } from '@voicegraph/testkit/browser';
import { pdfText } from '@voicegraph/testkit/pdf-text';
import type { Page } from 'playwright-core';
import type { RunningGateway } from '../gateway/src/start-gateway';
import { dropDatabase, ensurePostgres, PostgresHandle, serviceDatabaseUrl } from '../tools/src/infra/postgres';
import { CITY_ANALYST, cityOf } from '../tools/src/scale/city-model';
import { SeedResult, seedCity } from '../tools/src/scale/seed-scale';
import { loadBoardConfig } from '../web/src/board/config';
import { RunningBoard, startBoard } from '../web/src/board/start-board';
import { AnnualReportData } from '../web/src/report/operation';
import { checkReport, graphAnswer, runReportCli } from './report-checks';

jest.setTimeout(600_000);

/**
 * The city data set of `npm run seed:scale`, at VOICEGRAPH_REPORT_CITY_SCALE (default 1: the whole
 * city, 100,000 young people, 5,000 consultations, about 23,000 findings and their outcomes).
 * The four subgraphs serve it with no relay, consumers or jobs (the generator wrote the
 * projections), behind a real gateway; the report and the board read it through that gateway.
 * With no relay, nothing would ever read the outbox, so the city is made without its events
 * (tools/test/integration/seed-scale.test.ts checks every event of a small city).
 */
const SCALE = Number(process.env.VOICEGRAPH_REPORT_CITY_SCALE ?? '1');
const CITY = cityOf(SCALE);
const YEAR = 2025;
const BOARD_PAGE_SIZE = 20;
/** Outcomes a page when the test reads youSaidWeDid itself (the graph's most). */
const API_PAGE = 100;
/** Board pages walked in the browser from the newest (then the last ones, from a graph cursor). */
const BROWSER_PAGES = 6;
const SUBGRAPHS: SubgraphName[] = ['people', 'consultations', 'governance', 'feedback'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe(`the city at scale ${SCALE}: annual report and public board`, () => {
  const database = `${process.env.VOICEGRAPH_TEST_DATABASE ?? 'vg_test'}_rcity`;
  let pg: PostgresHandle;
  let seeded: SeedResult;
  const services: RunningService[] = [];
  let gateway: RunningGateway;
  let board: RunningBoard;
  let browser: TestBrowser;
  let partnershipId: string;

  beforeAll(async () => {
    pg = await ensurePostgres();
    seeded = await seedCity(pg.adminUrl, database, CITY, undefined, { events: false });
    [{ id: partnershipId }] = await seeded.sources.people.query('SELECT id FROM people.partnership');
    for (const definition of await Promise.all(SUBGRAPHS.map((name) => subgraph(name)))) {
      const config = testServiceConfig(definition.name, {
        databaseUrl: serviceDatabaseUrl(pg.adminUrl, database, definition.name),
      });
      services.push(await startService(definition, { config, relay: false, consumers: false, jobs: false }));
    }
    gateway = await startTestGateway(Object.fromEntries(services.map((s) => [s.name, s.url])));
    board = await startBoard(
      loadBoardConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        BOARD_GATEWAY_URL: gateway.url,
        BOARD_PAGE_SIZE: String(BOARD_PAGE_SIZE),
      }),
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await board?.stop();
    await gateway?.stop();
    for (const service of services.reverse()) await service.stop();
    for (const db of Object.values(seeded?.sources ?? {})) await db.destroy();
    await dropDatabase(pg.adminUrl, database);
    await pg.stop();
  });

  describe(`the ${YEAR} report`, () => {
    let answer: AnnualReportData;
    let html: string;
    let pdf: Buffer;

    beforeAll(async () => {
      const analyst = await tokenFor({
        sub: CITY_ANALYST,
        roles: ['ANALYST'],
        partnership: partnershipId,
      });
      answer = await graphAnswer(gateway.url, analyst, partnershipId, YEAR);
      ({ html, pdf } = await runReportCli(
        [
          '--partnership',
          partnershipId,
          '--year',
          String(YEAR),
          '--gateway',
          gateway.url,
          '--out',
          mkdtempSync(join(tmpdir(), 'voicegraph-report-')),
        ],
        { VOICEGRAPH_TOKEN: analyst },
      ));
    });

    it('matches the graph figure by figure, with both published and withheld figures in it', async () => {
      const p = answer.partnership.participation;
      // The city the test says it used: every young person generated is registered (published rounded to 5).
      expect(p.registeredYoungPeople.value).toBe(Math.round(CITY.youngPeople / 5) * 5);
      expect(p.youngPeople.suppressed).toBe(false);
      expect(p.youngPeople.value).toBeGreaterThan(100);
      const withheld = withheldPaths(answer);
      expect(withheld.length).toBeGreaterThan(0);
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const text = pdfText(pdf);
      await checkReport(page, answer, text);
      expect(text).toContain('fewer than 6');
      await page.screenshot({ path: screenshotPath('report-city'), fullPage: true });
      await page.setViewportSize({ width: 900, height: 1100 });
      await page.screenshot({ path: screenshotPath('report-city-top') });
      expect(await axeViolations(page)).toEqual([]);
    });

    it("shows the year's newest published outcomes as highlights, and the ladder year on year", async () => {
      expect(answer.youSaidWeDid.totalCount).toBeGreaterThan(12);
      const highlights = answer.youSaidWeDid.edges.map((e) => e.node);
      expect(highlights).toHaveLength(12);
      for (const entry of highlights) {
        expect(entry.recordedAt.startsWith(String(YEAR))).toBe(true);
        expect(html).toContain(`data-outcome="${entry.id}"`);
      }
      const dates = highlights.map((e) => e.recordedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(answer.partnership.participation.ladderShift.some((row) => row.comparedCount > 0)).toBe(true);
    });
  });

  describe('the public board', () => {
    let published: string[];
    const recordedAt: string[] = [];
    /** The graph's cursor after every API_PAGE-th outcome: `cursors[m]` continues after outcome API_PAGE·m. */
    const cursors: (string | null)[] = [null];

    beforeAll(async () => {
      published = [];
      let after: string | null = null;
      do {
        const page: {
          youSaidWeDid: {
            edges: { node: { id: string; recordedAt: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } = ok(
          await gql(
            gateway.url,
            `query($p: ID!, $after: String) { youSaidWeDid(partnershipId: $p, first: ${API_PAGE}, after: $after, order: NEWEST_FIRST) { edges { node { id recordedAt } } pageInfo { hasNextPage endCursor } } }`,
            { p: partnershipId, after },
          ),
        );
        published.push(...page.youSaidWeDid.edges.map((e) => e.node.id));
        recordedAt.push(...page.youSaidWeDid.edges.map((e) => e.node.recordedAt));
        after = page.youSaidWeDid.pageInfo.hasNextPage ? page.youSaidWeDid.pageInfo.endCursor : null;
        cursors.push(after);
      } while (after);
    });

    /**
     * The board's pages in the browser, from `start` (a graph cursor; null for the newest) to the
     * end or `limit` pages: each page's outcome ids, and every UUID the pages hold.
     */
    async function walk(page: Page, start: string | null, limit: number) {
      await page.goto(`${board.origin}/board/${partnershipId}${start ? `?after=${encodeURIComponent(start)}` : ''}`);
      const shown: string[][] = [];
      const uuids = new Set<string>();
      for (;;) {
        shown.push(
          await page
            .locator('article[data-outcome]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')!)),
        );
        for (const id of (await page.content()).match(UUID) ?? []) uuids.add(id.toLowerCase());
        const text = (await page.locator('body').textContent()) ?? '';
        expect(text).not.toMatch(/Young person \d|Staff member \d/);
        const older = page.locator('a[rel="next"]');
        if ((await older.count()) === 0 || shown.length === limit)
          return { shown, uuids, more: (await older.count()) > 0 };
        if (shown.length === 2) expect(await axeViolations(page)).toEqual([]);
        await older.click();
        await page.waitForLoadState('load');
      }
    }

    it('pages through the published outcomes newest first, the same as youSaidWeDid, to the end, and nothing else', async () => {
      expect(published.length).toBeGreaterThan(2 * BOARD_PAGE_SIZE);
      expect([...recordedAt].sort().reverse()).toEqual(recordedAt); // newest first
      const unpublished: { id: string }[] = await seeded.sources.feedback.query(
        'SELECT id FROM feedback.outcome WHERE NOT published',
      );
      expect(unpublished.length).toBeGreaterThan(0);
      const people: { id: string }[] = await seeded.sources.people.query('SELECT id FROM people.person');

      const page = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      // The newest pages from the start, then the last ones: from the graph cursor (a board link
      // takes it as it is) at the last whole API page before the board's last page, to the end.
      // Every page between is the same query with another cursor; a city has hundreds of them.
      const pages = Math.ceil(published.length / BOARD_PAGE_SIZE);
      const newest = await walk(page, null, BROWSER_PAGES);
      const tailFrom = Math.floor(((pages - 1) * BOARD_PAGE_SIZE) / API_PAGE) * API_PAGE;
      const oldest = await walk(page, cursors[tailFrom / API_PAGE], pages);
      expect(oldest.more).toBe(false);
      const shown = [...newest.shown, ...oldest.shown];
      expect(shown.every((ids) => ids.length > 0 && ids.length <= BOARD_PAGE_SIZE)).toBe(true);
      expect(newest.shown.flat()).toEqual(published.slice(0, newest.shown.flat().length));
      expect(oldest.shown.flat()).toEqual(published.slice(tailFrom));
      expect(newest.shown.length + oldest.shown.length).toBe(
        Math.min(pages, BROWSER_PAGES) + Math.ceil((published.length - tailFrom) / BOARD_PAGE_SIZE),
      );
      const uuids = new Set([...newest.uuids, ...oldest.uuids]);
      for (const { id } of unpublished) expect(uuids.has(id)).toBe(false);
      for (const { id } of people) expect(uuids.has(id)).toBe(false);
      expect([...uuids].every((id) => id === partnershipId || published.includes(id))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Newest outcomes' }).click();
      expect(await page.locator('article[data-outcome]').first().getAttribute('data-outcome')).toBe(published[0]);
      await page.screenshot({ path: screenshotPath('board-city') });
    });

    it('youSaidWeDid: newest first is oldest first reversed; recordedIn takes whole months only', async () => {
      const ask = async (variables: Record<string, unknown>) =>
        gql(
          gateway.url,
          'query($p: ID!, $order: BoardOrder, $in: AnalyticsPeriod) { youSaidWeDid(partnershipId: $p, first: 100, order: $order, recordedIn: $in) { totalCount edges { node { id recordedAt } } } }',
          { p: partnershipId, ...variables },
        );
      const oldest = ok(await ask({ order: 'OLDEST_FIRST' }));
      expect(oldest.youSaidWeDid.totalCount).toBe(published.length);
      expect(oldest.youSaidWeDid.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
        published.slice(-Math.min(100, published.length)).reverse(),
      );
      const year = ok(await ask({ order: 'NEWEST_FIRST', in: { from: '2025-01-01', to: '2025-12-31' } }));
      expect(year.youSaidWeDid.totalCount).toBeGreaterThan(0);
      expect(year.youSaidWeDid.totalCount).toBeLessThan(published.length);
      for (const edge of year.youSaidWeDid.edges) expect(edge.node.recordedAt.slice(0, 4)).toBe('2025');
      const partMonth = await ask({ in: { from: '2025-01-02', to: '2025-12-31' } });
      expect(partMonth.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(partMonth.errors?.[0]?.message).toMatch(/recordedIn.from must be the first day of a month/);
    });

    it('offers the same outcomes as an Atom feed, well-formed, newest first', async () => {
      const response = await fetch(`${board.origin}/board/${partnershipId}/feed.atom`);
      expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await response.text();
      const page = await browser.newPage();
      const parsed = (await page.evaluate(
        `(() => { const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
          return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.namespaceURI,
                   ids: [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('id')[0].textContent) }; })()`,
      )) as { error: number; root: string; ids: string[] };
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
      expect(parsed.ids).toEqual(published.slice(0, 2 * BOARD_PAGE_SIZE).map((id) => `urn:uuid:${id}`));
      expect(xml).not.toMatch(/Young person \d|Staff member \d/);
    });

    it('answers a broken link with a page a person understands, not an error dump', async () => {
      const page = await browser.newPage();
      const badCursor = await page.goto(`${board.origin}/board/${partnershipId}?after=not-a-cursor`);
      expect(badCursor?.status()).toBe(400);
      expect(await page.locator('h1').textContent()).toBe('This link has expired');
      expect(await page.getByRole('link', { name: 'Go to the newest outcomes' }).getAttribute('href')).toBe(
        `/board/${partnershipId}`,
      );
      const notABoard = await page.goto(`${board.origin}/board/not-a-partnership`);
      expect(notABoard?.status()).toBe(404);
      expect(await axeViolations(page)).toEqual([]);
      const post = await fetch(`${board.origin}/board/${partnershipId}`, { method: 'POST' });
      expect(post.status).toBe(405);
    });
  });
});

/** Paths of every withheld figure ({ value: null, suppressed: true }) in the graph's answer. */
function withheldPaths(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (record.suppressed === true) return [path];
  return Object.entries(record).flatMap(([key, child]) => withheldPaths(child, `${path}.${key}`));
}
