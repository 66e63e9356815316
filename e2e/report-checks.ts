import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { gql, ok } from '@voicegraph/testkit';
import { ANNUAL_REPORT_OPERATION, AnnualReportData, Published, yearVariables } from '../web/src/report/operation';

const REPO = resolve(__dirname, '..');
export const REPORT_CLI = join(REPO, 'web', 'dist', 'report', 'cli.js');

/** The graph's own answer to the report's operation, asked as the same analyst. */
export async function graphAnswer(
  gateway: string,
  token: string,
  partnershipId: string,
  year: number,
): Promise<AnnualReportData> {
  return ok(await gql(gateway, ANNUAL_REPORT_OPERATION, yearVariables(partnershipId, year), token)) as AnnualReportData;
}

/** Runs `npm run report`'s program (the built CLI) as a person would, and returns what it printed. */
export async function runReportCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; html: string; pdf: Buffer }> {
  expect(existsSync(REPORT_CLI)).toBe(true); // built by `tsc -b`, which `npm test` runs first
  const { stdout } = await promisify(execFile)(process.execPath, [REPORT_CLI, ...args], {
    env: { ...process.env, ...env },
    cwd: REPO,
  });
  const [htmlPath, pdfPath] = stdout.trim().split('\n');
  return { stdout, html: readFileSync(htmlPath, 'utf8'), pdf: readFileSync(pdfPath) };
}

/**
 * What each tagged figure must read, worked out here from the graph's answer (not with the
 * report's own formatting code): a withheld count reads "fewer than <threshold + 1>".
 */
export function expectedFigures(answer: AnnualReportData): Map<string, string> {
  const p = answer.partnership;
  const withheldText = `fewer than ${p.suppressionThreshold + 1}`;
  const n = (value: number) => value.toLocaleString('en-GB');
  const ppl = (published: Published) => (published.suppressed ? withheldText : n(published.value!));
  const stat = (published: Published, unit: string) =>
    published.suppressed ? `withheld (${withheldText} behind it)` : `${published.value!.toFixed(1)}${unit}`;
  const a = p.participation;
  const g = p.governance;
  const f = p.feedback;
  const entries: [string, string][] = [
    ['participation.consultations.total', n(a.consultations.total)],
    ['yearBefore.consultations.total', n(p.yearBefore.consultations.total)],
    ['participation.youngPeople', ppl(a.youngPeople)],
    ['yearBefore.youngPeople', ppl(p.yearBefore.youngPeople)],
    ['participation.registeredYoungPeople', ppl(a.registeredYoungPeople)],
    ['participation.contributions', ppl(a.contributions)],
    ['context.INDIVIDUAL', ppl(p.individual.youngPeople)],
    ['context.SOCIAL', ppl(p.social.youngPeople)],
    ['context.FORMAL_GROUP', ppl(p.formalGroup.youngPeople)],
    ...a.ladderShift.flatMap((r): [string, string][] => [
      [`participation.ladderShift.${r.ladderLevel}.count`, n(r.count)],
      [`participation.ladderShift.${r.ladderLevel}.comparedCount`, n(r.comparedCount)],
    ]),
    ...a.byAgeBand.map((r): [string, string] => [`participation.byAgeBand.${r.ageBand}`, ppl(r.youngPeople)]),
    ...a.byOrganisation.map((r): [string, string] => [
      `participation.byOrganisation.${r.organisation.id}`,
      ppl(r.youngPeople),
    ]),
    ...a.byCohort.flatMap((r): [string, string][] => [
      [`participation.byCohort.${r.cohort}.youngPeople`, ppl(r.youngPeople)],
      [`participation.byCohort.${r.cohort}.registered`, ppl(r.registered)],
    ]),
    ['governance.decisions.made', n(g.decisions.made)],
    ['governance.decisions.citingFindings', n(g.decisions.citingFindings)],
    ['governance.decisions.involvingYoungPeople', n(g.decisions.involvingYoungPeople)],
    ['governance.seats.seats', ppl(g.seats.seats)],
    ['governance.seats.heldByYoungPeople', ppl(g.seats.heldByYoungPeople)],
    ...g.seats.byForumKind.flatMap((r): [string, string][] => [
      [`governance.seats.byForumKind.${r.forumKind}.seats`, ppl(r.seats)],
      [`governance.seats.byForumKind.${r.forumKind}.heldByYoungPeople`, ppl(r.heldByYoungPeople)],
    ]),
    ['governance.objectives.total', n(g.objectives.total)],
    ['governance.objectives.onTrack', n(g.objectives.onTrack)],
    ['governance.objectives.done', n(g.objectives.done)],
    ['governance.objectives.atRisk', n(g.objectives.atRisk)],
    ['governance.objectives.offTrack', n(g.objectives.offTrack)],
    ['feedback.obligations.due', n(f.obligations.due)],
    ['feedback.obligations.metOnTime', n(f.obligations.metOnTime)],
    ['feedback.obligations.metLate', n(f.obligations.metLate)],
    ['feedback.obligations.overdue', n(f.obligations.overdue)],
    ['feedback.obligations.open', n(f.obligations.open)],
    ['feedback.obligations.medianDaysToFeedback', stat(f.obligations.medianDaysToFeedback, ' days')],
    ['feedback.voiceChecks.youngPeople', ppl(f.voiceChecks.youngPeople)],
    ['feedback.voiceChecks.meanFeltHeard', stat(f.voiceChecks.meanFeltHeard, ' out of 5')],
    ...(['space', 'voice', 'audience', 'influence'] as const).flatMap((q) =>
      f.voiceChecks[q].map((r): [string, string] => [`feedback.voiceChecks.${q}.${r.answer}`, ppl(r.youngPeople)]),
    ),
    ['youSaidWeDid.totalCount', n(answer.youSaidWeDid.totalCount)],
  ];
  return new Map(entries);
}

/** Every tagged figure in the rendered page: key → { text, kind }. */
export async function renderedFigures(page: Page): Promise<Map<string, { text: string; kind: string | null }>> {
  const rows = await page
    .locator('[data-figure]')
    .evaluateAll((elements) =>
      elements.map((e) => [e.getAttribute('data-figure'), (e.textContent ?? '').trim(), e.getAttribute('data-kind')]),
    );
  return new Map(rows.map(([key, text, kind]) => [key!, { text: text!, kind }]));
}

/** The section headings the report promises, in order. */
export const SECTION_TITLES = [
  'Moving up the ladder of co-production',
  'Who took part',
  'Who is missing',
  'Decisions, seats and objectives',
  'Feedback and feeling heard',
  'You said, we did: highlights',
];

/** Numbers written next to "young people" in free text: each must be a published (rounded) count. */
export function numbersBeforeYoungPeople(text: string): number[] {
  return [...text.matchAll(/(?<!fewer than )\b(\d[\d,]*)\s+young people/g)].map((m) => Number(m[1].replace(/,/g, '')));
}

/**
 * The checks every rendered report must pass, whatever the data: its sections; every figure as
 * the graph answered it; every count of people either withheld as words or a published rounded
 * count (0 or a multiple of 5); charts that are titled images whose marks never say "null"; and
 * the same in the PDF's text.
 */
export async function checkReport(page: Page, answer: AnnualReportData, pdfText: string): Promise<void> {
  const threshold = answer.partnership.suppressionThreshold;
  const withheldText = `fewer than ${threshold + 1}`;
  expect(await page.locator('main h2').allTextContents()).toEqual(SECTION_TITLES);
  expect(await page.locator('h1').textContent()).toContain(answer.partnership.name);

  const rendered = await renderedFigures(page);
  const expected = expectedFigures(answer);
  expect(expected.size).toBeGreaterThan(40);
  for (const [key, text] of expected) expect({ key, text: rendered.get(key)?.text }).toEqual({ key, text });
  for (const [key, figure] of rendered) {
    if (figure.kind !== 'people') continue;
    if (figure.text === withheldText) continue;
    const value = Number(figure.text.replace(/,/g, ''));
    expect({ key, text: figure.text, roundedToFive: Number.isInteger(value) && value % 5 === 0 }).toEqual({
      key,
      text: figure.text,
      roundedToFive: true,
    });
  }

  const charts = page.locator('svg[role="img"]');
  expect(await charts.count()).toBe(5);
  for (const chart of await charts.all()) {
    expect((await chart.locator('title').first().textContent())?.length).toBeGreaterThan(10);
    expect((await chart.locator('desc').first().textContent())?.length).toBeGreaterThan(10);
  }
  const chartWords = (await charts.evaluateAll((svgs) => svgs.map((s) => s.outerHTML))).join('\n');
  expect(chartWords).not.toMatch(/\bnull\b|NaN|undefined/);
  for (const row of answer.partnership.participation.byAgeBand.filter((r) => r.youngPeople.suppressed)) {
    expect(chartWords).toContain(withheldText);
    expect(row.youngPeople.value).toBeNull();
  }
  expect(await page.locator('script, link[rel="stylesheet"], img[src^="http"]').count()).toBe(0);

  for (const title of SECTION_TITLES) expect(pdfText).toContain(title);
  const bodyText = await page.locator('body').innerText(); // as read: table cells apart
  for (const text of [bodyText, pdfText]) {
    for (const n of numbersBeforeYoungPeople(text))
      expect({ n, roundedToFive: n % 5 === 0 }).toEqual({ n, roundedToFive: true });
    expect(text).not.toMatch(new RegExp(`fewer than (?!${threshold + 1}\\b)`));
  }
}

export const pdfHasWithheldWords = (pdfText: string, threshold: number): boolean =>
  pdfText.includes(`fewer than ${threshold + 1}`);
