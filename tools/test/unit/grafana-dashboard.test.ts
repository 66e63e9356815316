import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectProcessMetrics, metricsRegistry } from '@voicegraph/platform';

interface Dashboard {
  panels: { title: string; targets: { expr: string }[] }[];
}

const dashboard = JSON.parse(
  readFileSync(join(__dirname, '../../../docs/grafana-dashboard.json'), 'utf8'),
) as Dashboard;

/** Metric names in a PromQL expression: identifiers followed by a selector or a closing bracket. */
const metricsIn = (expr: string): string[] =>
  [...expr.matchAll(/\b([a-z_]+_(?:total|seconds|bytes|backlog|lag|rows|listening|count|bucket|p99_seconds))\b/g)].map(
    (m) => m[1].replace(/_(bucket|count)$/, ''),
  );

describe('the Grafana dashboard', () => {
  it('has panels, each with at least one query', () => {
    expect(dashboard.panels.length).toBeGreaterThan(10);
    for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
  });

  it('queries only metrics the services expose', async () => {
    collectProcessMetrics();
    const exposed = new Set((await metricsRegistry.getMetricsAsJSON()).map((m) => m.name));
    const used = dashboard.panels.flatMap((p) => p.targets.flatMap((t) => metricsIn(t.expr)));
    expect(used.length).toBeGreaterThan(15);
    for (const name of used) expect({ name, exposed: exposed.has(name) }).toEqual({ name, exposed: true });
  });
});
