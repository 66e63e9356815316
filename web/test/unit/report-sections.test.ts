import { barChartSpec } from '../../src/report/charts';
import {
  decisionsSection,
  feedbackSection,
  highlightsSection,
  ladderSection,
  missingSection,
  reachSection,
} from '../../src/report/sections';
import { reportFixture } from './report-fixture';

const data = reportFixture();
const p = data.partnership;
const all = [
  ladderSection(p, 2025),
  reachSection(p, 2025),
  missingSection(p, 2025),
  decisionsSection(p, 2025),
  feedbackSection(p, 2025),
  highlightsSection(data.youSaidWeDid, 2025),
];
const markup = all.map((s) => s.body.value).join('\n');

describe('report sections', () => {
  it('tag a withheld figure with its path and the words "fewer than 6", never a number', () => {
    const figure = (key: string) =>
      new RegExp(`data-figure="${key}"\\s+data-kind="people"\\s*>([^<]*)<`).exec(markup)?.[1];
    expect(figure('participation.byAgeBand.AGE_8_TO_10')).toBe('fewer than 6');
    expect(figure('context.INDIVIDUAL')).toBe('fewer than 6');
    expect(figure('participation.byAgeBand.AGE_11_TO_15')).toBe('250');
    for (const match of markup.matchAll(/class="figure withheld"[^>]*>([^<]*)</g))
      expect(match[1].replace(/fewer than 6/, '')).not.toMatch(/\d/);
  });

  it('give withheld bars no value in the chart data, only their words', () => {
    const bars = all.flatMap((s) => s.charts).flatMap((c) => c.bars);
    const withheldBars = bars.filter((b) => b.label.includes('fewer than 6'));
    expect(withheldBars.length).toBeGreaterThan(3);
    for (const bar of withheldBars) expect(bar).not.toHaveProperty('value');
    const values = JSON.stringify(barChartSpec(all[1].charts[0]).data);
    expect(values).toContain('fewer than 6');
    expect(values).not.toMatch(/null|NaN/);
  });

  it('describe every chart in words that carry the same figures', () => {
    for (const chart of all.flatMap((s) => s.charts)) {
      expect(chart.title.length).toBeGreaterThan(10);
      expect(chart.description.length).toBeGreaterThan(40);
    }
    expect(all[1].charts[0].description).toContain('8 to 10: fewer than 6; 11 to 15: 250');
  });

  it('escape what the graph says, and show why an outcome was not accepted with the kind of limit', () => {
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&#60;script&#62;');
    expect(markup).toContain('(a financial limit)');
  });

  it('name the under-represented groups', () => {
    expect(markup).toContain('Under-represented in 2025: Special educational needs and disabilities.');
  });
});
