/**
 * Charts as Vega-Lite specifications rendered to SVG here, in Node (no browser, no script in
 * the report). Vega and Vega-Lite are ES modules only, so they are loaded with a real dynamic
 * import (TypeScript would turn `import()` into `require()` under CommonJS).
 */
/** A Vega-Lite specification (its types are ESM-only, out of reach of this CommonJS package). */
export type VegaLiteSpec = Record<string, unknown>;

const importModule = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/** Okabe–Ito: distinguishable with every common colour-vision deficiency, and in greyscale print. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** One bar: `value` is absent for a withheld figure, whose `label` reads "fewer than N". */
export interface Bar {
  category: string;
  series?: string;
  value?: number;
  label: string;
}

export interface BarChart {
  /** The chart's title, also its SVG <title>. */
  title: string;
  /** What the chart shows, in words: its alternative text. */
  description: string;
  bars: Bar[];
  /** The value axis' title. */
  measure: string;
  /** Axis as a percentage (values are 0 to 1). */
  percent?: boolean;
  /** Series names in legend order (grouped bars). */
  series?: string[];
  /** A dashed reference line across the bars at this value (say what it is in the description). */
  rule?: number;
}

const FONT = 'Helvetica, Arial, sans-serif';

/** A horizontal bar chart, grouped by series when there are several; withheld bars are a label only. */
export function barChartSpec(chart: BarChart): VegaLiteSpec {
  const grouped = (chart.series?.length ?? 0) > 1;
  const categories = [...new Set(chart.bars.map((bar) => bar.category))];
  const y = { field: 'category', type: 'nominal' as const, title: null, sort: categories, axis: { labelLimit: 260 } };
  const colour = grouped
    ? { field: 'series', type: 'nominal' as const, title: null, scale: { domain: chart.series, range: PALETTE } }
    : { value: PALETTE[0] };
  const yOffset = grouped ? { yOffset: { field: 'series', type: 'nominal' as const, sort: chart.series } } : {};
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chart.description,
    title: { text: chart.title, anchor: 'start', font: FONT, fontSize: 14 },
    width: 420,
    height: { step: grouped ? 14 : 22 },
    data: { values: chart.bars },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          ...yOffset,
          x: {
            field: 'value',
            type: 'quantitative',
            title: chart.measure,
            axis: chart.percent ? { format: '.0%' } : { format: ',d', tickMinStep: 1 },
          },
          color: colour,
          tooltip: [{ field: 'label', title: chart.measure }],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, font: FONT, fontSize: 11, color: '#1a1a1a' },
        encoding: {
          y,
          ...yOffset,
          x: { datum: 0, type: 'quantitative' },
          text: { field: 'label' },
        },
        transform: [{ filter: 'datum.value == null' }],
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, font: FONT, fontSize: 11, color: '#1a1a1a' },
        encoding: { y, ...yOffset, x: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
        transform: [{ filter: 'datum.value != null' }],
      },
      ...(chart.rule === undefined
        ? []
        : [
            {
              data: { values: [{ rule: chart.rule }] },
              mark: { type: 'rule', color: PALETTE[5], strokeDash: [6, 4], strokeWidth: 2 },
              encoding: { x: { field: 'rule', type: 'quantitative' } },
            },
          ]),
    ],
    config: {
      font: FONT,
      background: 'white',
      axis: { labelFontSize: 11, titleFontSize: 11, labelColor: '#1a1a1a', titleColor: '#1a1a1a' },
      legend: { labelFontSize: 11, orient: 'bottom' },
      view: { stroke: null },
    },
  };
}

interface VegaModule {
  View: new (runtime: unknown, options: { renderer: string }) => { toSVG(): Promise<string>; finalize(): void };
  parse(spec: unknown): unknown;
}
interface VegaLiteModule {
  compile(spec: VegaLiteSpec): { spec: unknown };
}

let modules: Promise<[VegaModule, VegaLiteModule]> | null = null;

/** Renders a chart to an SVG string, its title and description as the SVG's accessible name. */
export async function renderSvg(chart: BarChart): Promise<string> {
  modules ??= Promise.all([importModule<VegaModule>('vega'), importModule<VegaLiteModule>('vega-lite')]);
  const [vega, vegaLite] = await modules;
  const view = new vega.View(vega.parse(vegaLite.compile(barChartSpec(chart)).spec), { renderer: 'none' });
  try {
    return accessible(await view.toSVG(), chart);
  } finally {
    view.finalize();
  }
}

/** Makes the SVG an image with a <title> and <desc> (what a screen reader announces); CSS lets it shrink. */
function accessible(svg: string, chart: BarChart): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';
  const size = ['width', 'height', 'viewBox'].map((name) => new RegExp(`${name}="[^"]*"`).exec(open)?.[0] ?? '');
  const body = svg.slice(open.length);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" ${size.join(' ')} role="img" class="chart">` +
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.description)}</desc>${body}`
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
