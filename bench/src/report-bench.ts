/**
 * `npm run bench:report`: how long the annual report takes for the whole city (`npm run
 * seed:scale`, 100,000 young people, in VOICEGRAPH_DATABASE, default vg_scale). Starts the four
 * subgraphs (no relay, consumers or jobs) and a gateway on it, then builds the 2025 report
 * REPORT_BENCH_RUNS times (default 5) exactly as `npm run report` does: one graph operation as an
 * analyst, the HTML with its charts, the PDF printed by headless Chromium. The target is under a
 * minute; the figures go to bench/results/report-latest.md.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgres, repoRoot, serviceDatabaseUrl } from '@voicegraph/tools/dist/infra';
import { buildAnnualReport, BuiltReport } from '@voicegraph/web/dist/report/build';
import { CITY_PARTNERSHIP, CityGraph, startCityGraph } from './city-graph';

/** The gateway on 4310, the subgraphs on the next four. */
const BASE_PORT = 4310;
const TARGET_MS = 60_000;
const YEAR = 2025;

/** The generator's partnership id (tools/src/scale/city-model.ts: md5 of the key, as a v4-shaped UUID). */
/** The load averages over 1, 5 and 15 minutes, as `uptime` prints them. */
const uptimeLoad = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  const loadAtStart = uptimeLoad();
  const database = process.env.VOICEGRAPH_DATABASE?.trim() || 'vg_scale';
  const runs = Number(process.env.REPORT_BENCH_RUNS ?? 5);
  const postgres = await ensurePostgres();
  let graph: CityGraph | undefined;
  try {
    graph = await startCityGraph(
      'report-bench',
      (name) => serviceDatabaseUrl(postgres.adminUrl, database, name),
      BASE_PORT,
      {
        GATEWAY_WORKERS: '1',
      },
    );
    const { url, analystToken: token } = graph;
    const out = mkdtempSync(join(tmpdir(), 'voicegraph-report-bench-'));
    const results: { total: number; built: BuiltReport }[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const built = await buildAnnualReport({
        gatewayUrl: url,
        token,
        partnershipId: CITY_PARTNERSHIP,
        year: YEAR,
        outDir: out,
      });
      results.push({ total: performance.now() - started, built });
      process.stdout.write(
        `run ${i + 1}: ${Math.round(results[i].total)} ms ${JSON.stringify(roundAll(built.timings))}\n`,
      );
    }
    const young = results[0].built.data.partnership.participation.registeredYoungPeople.value;
    writeResults(database, young, results, loadAtStart);
  } finally {
    await graph?.stop();
    await postgres.stop();
  }
}

function roundAll(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
}

function writeResults(
  database: string,
  young: number | null,
  results: { total: number; built: BuiltReport }[],
  loadAtStart: string,
): void {
  const sorted = results.map((r) => r.total).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const row = (label: string, r: { total: number; built: BuiltReport }) => {
    const t = roundAll(r.built.timings);
    return `| ${label} | ${Math.round(r.total).toLocaleString('en-GB')} | ${t.graph} | ${t.html} | ${t.pdf} |`;
  };
  const lines = [
    '# Annual report benchmark (`npm run bench:report`)',
    '',
    `The ${YEAR} report for the whole city in database \`${database}\` (${young?.toLocaleString('en-GB') ?? '?'} young people registered, as published),`,
    `built ${results.length} times as \`npm run report\` builds it; ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)};`,
    `load average (1, 5, 15 min, as \`uptime\` prints it) ${loadAtStart} at the start and ${uptimeLoad()} at the end`,
    '(the machine is shared: other processes compete for the same cores).',
    '',
    '| run | total ms | graph ms | HTML and charts ms | PDF ms |',
    '|---|---:|---:|---:|---:|',
    row('first (cold)', results[0]),
    ...results.slice(1).map((r, i) => row(String(i + 2), r)),
    '',
    `Median ${Math.round(median).toLocaleString('en-GB')} ms; slowest ${Math.round(sorted[sorted.length - 1]).toLocaleString('en-GB')} ms; target under ${TARGET_MS / 1000} s: ${sorted[sorted.length - 1] < TARGET_MS ? 'met' : 'NOT met'}.`,
    '',
  ];
  mkdirSync(join(repoRoot(), 'bench', 'results'), { recursive: true });
  writeFileSync(join(repoRoot(), 'bench', 'results', 'report-latest.md'), lines.join('\n'));
  process.stdout.write(`\n${lines.join('\n')}`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench:report failed: ${error.stack}\n`);
  process.exit(1);
});
