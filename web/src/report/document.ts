import { html, Markup } from '../html-kit';
import { pageShell } from '../page-shell';
import { renderSvg } from './charts';
import { fewerThan } from './figures';
import type { AnnualReportData } from './operation';
import {
  decisionsSection,
  feedbackSection,
  highlightsSection,
  ladderSection,
  missingSection,
  reachSection,
  Section,
} from './sections';

/** Screen and print in one stylesheet; contrast at least 4.5:1 everywhere (WCAG 2.2 AA). */
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Helvetica, Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 3px solid #0072B2; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.subtitle { color: #404040; margin: 0 0 1rem; }
.note { background: #f3f6f9; border-left: 4px solid #0072B2; padding: .6rem .9rem; }
.figure { font-variant-numeric: tabular-nums; }
.withheld { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid #bfbfbf; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.num { text-align: right; }
thead th { border-bottom: 2px solid #1a1a1a; }
figure { margin: 1rem 0; }
svg.chart { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #404040; }
ul.highlights { list-style: none; padding: 0; }
ul.highlights li { border: 1px solid #bfbfbf; border-radius: 6px; padding: .6rem 1rem; margin: .8rem 0; break-inside: avoid; }
ul.highlights h3 { margin-top: .2rem; }
.said, .did { font-weight: bold; color: #005a8c; }
.limit { color: #404040; }
.meta { font-size: .85rem; color: #404040; margin: 0; }
nav ol { columns: 2; }
a { color: #005a8c; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  table, figure { break-inside: avoid; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;

export interface RenderedReport {
  html: string;
  /** The sections in order (id and title), as the table of contents lists them. */
  sections: { id: string; title: string }[];
}

/** The whole report as one self-contained HTML document: no script, no external resource. */
export async function renderReport(
  data: AnnualReportData,
  year: number,
  generatedAt = new Date(),
): Promise<RenderedReport> {
  const p = data.partnership;
  const sections: Section[] = [
    ladderSection(p, year),
    reachSection(p, year),
    missingSection(p, year),
    decisionsSection(p, year),
    feedbackSection(p, year),
    highlightsSection(data.youSaidWeDid, year),
  ];
  const bodies: Markup[] = [];
  for (const section of sections) bodies.push(await sectionMarkup(section));
  const title = `${p.name}: participation and co-production in ${year}`;
  const page = pageShell({
    title,
    style: STYLE,
    body: html`<header>
        <h1>${title}</h1>
        <p class="subtitle">
          Annual report to the Children's Partnership Board · 1 January to 31 December ${year} · made
          ${generatedAt.toISOString().slice(0, 10)}
        </p>
        <p class="note">
          Every figure about young people has passed the partnership's disclosure control: counts from 1 to
          ${p.suppressionThreshold} are never shown and read "${fewerThan(p.suppressionThreshold)}", and other counts of
          young people are rounded to the nearest 5, so that no child can be identified from this report.
        </p>
      </header>
      <nav aria-label="Contents">
        <h2>Contents</h2>
        <ol>
          ${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
        </ol>
      </nav>
      <main>${bodies}</main>
      <footer>
        <h2>About these figures</h2>
        <p>
          Drawn from VoiceGraph by the partnership's analysts, as an analyst sees them: aggregates only, never a person.
          Consultations, decisions, objectives and feedback obligations are activities, not people, and are shown as
          counted. Reach counts a young person once per breakdown row, so rows that overlap (contexts, organisations,
          groups) do not add up to the total.
        </p>
      </footer>`,
  });
  return { html: page, sections: sections.map(({ id, title: t }) => ({ id, title: t })) };
}

async function sectionMarkup(section: Section): Promise<Markup> {
  const charts: Markup[] = [];
  for (const chart of section.charts) {
    charts.push(
      html`<figure>
        ${new Markup(await renderSvg(chart))}
        <figcaption>${chart.description}</figcaption>
      </figure>`,
    );
  }
  return html`<section id="${section.id}" aria-labelledby="${section.id}-title">
    <h2 id="${section.id}-title">${section.title}</h2>
    ${section.body} ${charts}
  </section> `;
}
