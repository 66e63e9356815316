/**
 * npm run bench:analytics: the full analyst query (participation, governance and feedback
 * analytics in one `partnership(id)` query) through the gateway on the city of `npm run seed:scale`
 * (VOICEGRAPH_DATABASE, default vg_scale). Prints p50/p95 cold and warm, and the SQL it runs with
 * EXPLAIN ANALYZE. Nothing served is ever behind: reach comes from reach_month, which every write
 * updates in its own transaction, and a reach result is reused only while no transaction its
 * snapshot did not see has written to its months (services/consultations/src/analytics/reach-cache.ts).
 * So the bench asks warm twice: repeated (reused), and with a write to the period before every ask
 * (computed again each time).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor, calendarDate, SERVICE_NAMES, ServiceName } from '@voicegraph/platform';
import { ensurePostgres, repoRoot, serviceDatabaseUrl } from '@voicegraph/tools/dist/infra';
import { CITY_ANALYST } from '@voicegraph/tools/dist/scale/city-model';
import { Client } from 'pg';
import { explainAnalytics } from './analytics-sql';
import { CITY_PARTNERSHIP, CityGraph, md5Uuid, startCityGraph } from './city-graph';
import { FULL_ANALYST_QUERY } from './analyst-query';

/** The gateway on 4300, the subgraphs on the next four. */
const BASE_PORT = 4300;
const TARGET_P95_MS = 300;

interface Period {
  from: string;
  to: string;
}
interface Variables {
  id: string;
  period: Period;
  compared: Period | null;
  filter: { organisationIds: string[] } | null;
}

const monthEnd = (year: number, month: number) => calendarDate(new Date(Date.UTC(year, month, 0)));
const period = (year: number, fromMonth: number, toMonth: number): Period => ({
  from: `${year}-${String(fromMonth).padStart(2, '0')}-01`,
  to: monthEnd(year, toMonth),
});

/** Distinct periods and filters, each asked once: every month of 2024–2026 (to October), quarters, years, and organisation filters. */
function coldVariants(id: string): Variables[] {
  const variants: Variables[] = [];
  for (const year of [2024, 2025, 2026]) {
    for (let month = 1; month <= (year === 2026 ? 10 : 12); month += 1)
      variants.push({ id, period: period(year, month, month), compared: null, filter: null });
    for (let q = 0; q < (year === 2026 ? 3 : 4); q += 1)
      variants.push({ id, period: period(year, q * 3 + 1, q * 3 + 3), compared: null, filter: null });
  }
  for (let org = 1; org <= 20; org += 1) {
    variants.push({
      id,
      period: period(2025, 1, 12),
      compared: period(2024, 1, 12),
      filter: { organisationIds: [md5Uuid(`city:organisation:${org}`)] },
    });
  }
  return variants;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    label,
    n: samples.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
  };
};

async function ask(url: string, token: string, variables: Variables): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FULL_ANALYST_QUERY, variables }),
  });
  const body = (await response.json()) as {
    data?: { partnership?: { feedbackAnalytics?: unknown } };
    errors?: { message: string }[];
  };
  const elapsed = performance.now() - started;
  if (body.errors?.length || !body.data?.partnership?.feedbackAnalytics)
    throw new Error(`The analyst query failed: ${JSON.stringify(body.errors ?? body)}`);
  return elapsed;
}

async function main(): Promise<void> {
  const database = process.env.VOICEGRAPH_DATABASE?.trim() || 'vg_scale';
  const warmRuns = Number(process.env.BENCH_WARM_RUNS ?? 60);
  const postgres = await ensurePostgres();
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, serviceDatabaseUrl(postgres.adminUrl, database, name)]),
  ) as Record<ServiceName, string>;
  const partnershipId = CITY_PARTNERSHIP;
  const check = new Client({ connectionString: urls.people });
  await check.connect();
  const [city] = (
    await check
      .query(
        `SELECT (SELECT count(*) FROM people.person WHERE kind = 'YOUNG_PERSON')::int AS young FROM people.partnership WHERE id = $1`,
        [partnershipId],
      )
      .catch(() => ({ rows: [] }))
  ).rows;
  await check.end();
  if (!city) throw new Error(`No generated city in database ${database}: run npm run seed:scale first.`);

  let graph: CityGraph | undefined;
  const stop = async () => {
    await graph?.stop();
    await postgres.stop();
  };
  try {
    graph = await startCityGraph('analytics-bench', (name) => urls[name], BASE_PORT);
    const { url, analystToken: token } = graph;
    const actor: Actor = { personId: CITY_ANALYST, roles: ['ANALYST'], partnershipId, organisationIds: [] };
    process.stdout.write(
      `analytics bench on ${database}: ${city.young.toLocaleString('en-GB')} young people; gateway + 4 subgraphs (no relay, consumers or jobs running)\n`,
    );

    const cold: number[] = [];
    for (const variables of coldVariants(partnershipId)) cold.push(await ask(url, token, variables));
    const yearly: Variables = {
      id: partnershipId,
      period: period(2025, 1, 12),
      compared: period(2024, 1, 12),
      filter: null,
    };
    for (let i = 0; i < 5; i += 1) await ask(url, token, yearly);
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i += 1) warm.push(await ask(url, token, yearly));
    // A write into 2025 before each ask: a no-op for the figures, but it makes every ask compute afresh.
    const writer = new Client({ connectionString: urls.consultations });
    await writer.connect();
    const touch2025 = () =>
      writer.query(
        `UPDATE consultations.reach_month SET changed_by = pg_current_xact_id()
        WHERE (consultation_id, organisation_id, person_id, month) = (SELECT consultation_id, organisation_id, person_id, month FROM consultations.reach_month
                                                                        WHERE partnership_id = $1 AND month = '2025-06-01' LIMIT 1)`,
        [partnershipId],
      );
    const recomputed: number[] = [];
    try {
      for (let i = 0; i < warmRuns; i += 1) {
        await touch2025();
        recomputed.push(await ask(url, token, yearly));
      }
    } finally {
      await writer.end();
    }
    const monthly: Variables = { id: partnershipId, period: period(2025, 6, 6), compared: null, filter: null };
    const warmMonth: number[] = [];
    for (let i = 0; i < warmRuns; i += 1) warmMonth.push(await ask(url, token, monthly));

    const rows = [
      summary('cold: first ask of each period/filter (months, quarters, years, 20 organisations)', cold),
      summary('warm: year 2025 vs 2024, whole partnership, repeated (reach reused)', warm),
      summary('warm: year 2025 vs 2024, a write to 2025 before each ask (reach computed)', recomputed),
      summary('warm: June 2025, whole partnership, repeated (reach reused)', warmMonth),
    ];
    const freshness =
      'How far behind the figures can be: not at all. reach_month and registered_young_people are written in the same transaction as ' +
      'the change they summarise, and a reused reach result is checked on every ask against the snapshot it was computed from.';
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    process.stdout.write(`\nfull analyst query through the gateway (target p95 < ${TARGET_P95_MS} ms):\n`);
    process.stdout.write(`${freshness}\n`);
    for (const row of rows)
      process.stdout.write(
        `  ${row.label.padEnd(84)} n=${String(row.n).padStart(3)}  p50 ${fmt(row.p50).padStart(9)}  p95 ${fmt(row.p95).padStart(9)}  max ${fmt(row.max).padStart(9)}  ${row.p95 < TARGET_P95_MS ? 'OK' : 'OVER TARGET'}\n`,
      );

    const explained = await explainAnalytics(urls, actor, partnershipId, {
      period: yearly.period,
      comparedWith: yearly.compared,
      filter: null,
    });
    process.stdout.write(
      `\nthe SQL behind it (year 2025, EXPLAIN ANALYZE; ${explained.length} statements, run in parallel per subgraph):\n`,
    );
    for (const statement of explained)
      process.stdout.write(
        `  [${statement.service}] ${statement.executionMs.toFixed(1)} ms  ${statement.sql.slice(0, 160)}${statement.sql.length > 160 ? ' …' : ''}\n`,
      );
    const report = [
      `# Analytics benchmark (${new Date().toISOString()}, database ${database})`,
      '',
      freshness,
      '',
      '| run | n | p50 ms | p95 ms | max ms |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.label} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`),
      '',
      '## SQL (EXPLAIN ANALYZE, year 2025)',
      '',
      ...explained.flatMap((s) => [
        `### ${s.service}: ${s.executionMs.toFixed(1)} ms`,
        '',
        '```sql',
        s.sql,
        '```',
        '',
        `parameters: \`${JSON.stringify(s.parameters)}\``,
        '',
        '```',
        s.plan,
        '```',
        '',
      ]),
    ].join('\n');
    mkdirSync(join(repoRoot(), 'bench', 'results'), { recursive: true });
    writeFileSync(join(repoRoot(), 'bench', 'results', 'analytics-latest.md'), report);
    process.stdout.write(`\nfull plans: bench/results/analytics-latest.md\n`);
  } finally {
    await stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:analytics failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
