import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql, ok, startStack, tokenFor, waitUntilKnown } from '@voicegraph/testkit';
import { axeViolations } from '@voicegraph/testkit/axe';
import { launchBrowser, screenshotPath, TestBrowser } from '@voicegraph/testkit/browser';
import { pdfText } from '@voicegraph/testkit/pdf-text';
import { DemoContext } from '../tools/src/demo/demo-context';
import { DemoData } from '../tools/src/demo/demo-file';
import { DEMO_STEPS } from '../tools/src/demo/seed-demo';
import { seedPeople } from '../tools/src/demo/seed-people';
import { RunningBoard, startBoard } from '../web/src/board/start-board';
import { loadBoardConfig } from '../web/src/board/config';
import { AnnualReportData } from '../web/src/report/operation';
import { checkReport, graphAnswer, runReportCli } from './report-checks';

jest.setTimeout(300_000);

/**
 * The demo partnership of `npm start` (three young people in one co-design consultation, one
 * published outcome), seeded through the gateway on the real Postgres and Kafka: its annual
 * report, built by the CLI and read in headless Chromium, and its public board.
 */
describe('the demo partnership: annual report and public board', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let demo: DemoData;
  let browser: TestBrowser;
  let board: RunningBoard;
  let analyst: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    stack = await startStack(['people', 'consultations', 'governance', 'feedback'], {
      jobs: false,
    });
    const context = new DemoContext(stack.gateway.url);
    demo = await seedPeople(context, process.env.VOICEGRAPH_TEST_DATABASE ?? 'voicegraph_test');
    for (const step of Object.values(DEMO_STEPS)) await step!(context, demo);
    analyst = await tokenFor({ sub: demo.people.analyst, roles: ['ANALYST'], partnership: demo.partnershipId });
    await waitUntilKnown(stack.services, [demo.people.analyst]);
    board = await startBoard(
      loadBoardConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', BOARD_GATEWAY_URL: stack.gateway.url }),
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await board?.stop();
    await stack?.stop();
  });

  describe('the annual report', () => {
    let answer: AnnualReportData;
    let html: string;
    let pdf: Buffer;

    beforeAll(async () => {
      answer = await graphAnswer(stack.gateway.url, analyst, demo.partnershipId, year);
      const out = mkdtempSync(join(tmpdir(), 'voicegraph-report-'));
      ({ html, pdf } = await runReportCli(
        ['--partnership', demo.partnershipId, '--year', String(year), '--gateway', stack.gateway.url, '--out', out],
        { VOICEGRAPH_TOKEN: analyst },
      ));
    });

    it('has every section, and every figure as the graph answers it, withheld ones as "fewer than 6"', async () => {
      // Precondition: the demo's three young people are a withheld count in the graph's answer.
      expect(answer.partnership.suppressionThreshold).toBe(5);
      expect(answer.partnership.participation.youngPeople).toEqual({ value: null, suppressed: true });
      expect(answer.partnership.feedback.voiceChecks.youngPeople).toEqual({ value: null, suppressed: true });
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await checkReport(page, answer, pdfText(pdf));
      expect(await page.locator('[data-figure="participation.youngPeople"]').textContent()).toBe('fewer than 6');
      await page.screenshot({ path: screenshotPath('report-demo'), fullPage: true });
    });

    it('names no young person and shows the published outcome as a highlight', async () => {
      const text = `${html}\n${pdfText(pdf)}`;
      for (const name of ['Amara', 'Jay', 'Priya', 'Leo', 'Tasha', 'Owen']) expect(text).not.toContain(name);
      for (const id of demo.youngPeople as string[]) expect(text).not.toContain(id);
      expect(answer.youSaidWeDid.totalCount).toBe(1);
      expect(html).toContain(answer.youSaidWeDid.edges[0].node.weDid);
      expect(pdfText(pdf)).toContain('chaired review at a place they choose');
    });

    it("refuses a caller who may not see the partnership's analytics, and says why", async () => {
      const stranger = await tokenFor({
        sub: demo.people.analyst,
        roles: ['ANALYST'],
        partnership: demo.organisations[Object.keys(demo.organisations)[0]],
      });
      await expect(
        runReportCli(
          ['--partnership', demo.partnershipId, '--year', String(year), '--gateway', stack.gateway.url, '--no-pdf'],
          {
            VOICEGRAPH_TOKEN: stranger,
          },
        ),
        // The token names a partnership its holder is not registered in: the claims check says so.
      ).rejects.toThrow(/sign-in says partnership .* but you are registered in partnership/);
    });
  });

  describe('the public board', () => {
    it('shows the published outcome, needs no token, and passes axe-core (WCAG 2.2 AA)', async () => {
      const graph = ok(
        await gql(
          stack.gateway.url,
          'query($p: ID!) { youSaidWeDid(partnershipId: $p) { totalCount edges { node { id findingTitle youSaid weDid } } } }',
          {
            p: demo.partnershipId,
          },
        ),
      );
      expect(graph.youSaidWeDid.totalCount).toBe(1);
      const page = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      const response = await page.goto(`${board.origin}/board/${demo.partnershipId}`);
      expect(response?.status()).toBe(200);
      const node = graph.youSaidWeDid.edges[0].node;
      expect(await page.locator('article h2').allTextContents()).toEqual([node.findingTitle]);
      expect(await page.locator('article').textContent()).toContain(node.weDid);
      const text = (await page.locator('body').textContent()) ?? '';
      for (const name of ['Amara', 'Jordan Ellis', 'Sam Reid']) expect(text).not.toContain(name);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('board-demo'), fullPage: true });
    });
  });
});
