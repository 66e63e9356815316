import { join } from 'node:path';
import { Actor, createDataSource, ServiceDefinition, ServiceName } from '@voicegraph/platform';
import { repoRoot } from '@voicegraph/tools/dist/infra';

/** One statement an analytics resolver sent, with its EXPLAIN ANALYZE. */
export interface ExplainedStatement {
  service: ServiceName;
  sql: string;
  parameters: unknown[];
  executionMs: number;
  plan: string;
}

type AnalyticsResolver = (parent: { id: string }, args: Record<string, unknown>, ctx: unknown) => Promise<unknown>;

const FIELDS: Partial<Record<ServiceName, string>> = {
  consultations: 'participationAnalytics',
  governance: 'governanceAnalytics',
  feedback: 'feedbackAnalytics',
};

/**
 * Runs each service's own analytics resolver (its dist code, the same SQL the subgraph runs) on a
 * data source that records every statement, then EXPLAIN ANALYZEs each one with its parameters.
 */
export async function explainAnalytics(
  urls: Record<ServiceName, string>,
  actor: Actor,
  partnershipId: string,
  args: Record<string, unknown>,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  for (const [service, field] of Object.entries(FIELDS) as [ServiceName, string][]) {
    const dist = join(repoRoot(), 'services', service, 'dist');
    const definition = Object.values(require(join(dist, 'service.js')) as Record<string, ServiceDefinition>).find(
      (d) => d && typeof d === 'object' && d.name === service,
    )!;
    const resolver = (definition.resolvers as unknown as { Partnership: Record<string, AnalyticsResolver> })
      .Partnership[field];
    const db = createDataSource({
      url: urls[service],
      schema: service,
      entities: definition.entities,
      migrations: [],
      poolSize: 4,
      applicationName: 'analytics-bench-explain',
    });
    await db.initialize();
    try {
      // Statements run inside a resolver's transaction after SET LOCAL (on the same connection) are explained with the same settings.
      const seen: { sql: string; parameters: unknown[]; settings: string[] }[] = [];
      const settingsOf = new Map<unknown, string[]>();
      const logger = db.logger;
      logger.logQuery = (query, parameters, runner) => {
        if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(query)) {
          settingsOf.delete(runner);
          return;
        }
        if (/^SET TRANSACTION|pg_current_snapshot\(\)/i.test(query)) return; // isolation level, and the snapshot a reach result records
        if (/^SET LOCAL/i.test(query)) {
          settingsOf.set(runner, [...(settingsOf.get(runner) ?? []), query]);
          return;
        }
        seen.push({ sql: query, parameters: parameters ?? [], settings: settingsOf.get(runner) ?? [] });
      };
      await resolver({ id: partnershipId }, args, { actor, dataSource: db });
      logger.logQuery = () => undefined;
      for (const { settings, ...statement } of seen) {
        const rows: { 'QUERY PLAN': string }[] = await db.transaction(async (tx) => {
          for (const setting of settings) await tx.query(setting);
          return tx.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.parameters);
        });
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        explained.push({
          service,
          sql: [...settings, statement.sql].join('; ').replace(/\s+/g, ' ').trim(),
          parameters: statement.parameters,
          executionMs,
          plan,
        });
      }
    } finally {
      await db.destroy();
    }
  }
  return explained;
}
