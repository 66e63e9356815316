import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register, Registry } from 'prom-client';

/**
 * The process's metrics: prom-client's global registry, because prom-client's AggregatorRegistry
 * (the gateway's workers, summed by the primary) reads exactly that one from each worker.
 * `GET /metrics` renders it; it holds figures only (no URLs, ids, messages or personal data).
 */
export const metricsRegistry: Registry = register;

let processMetricsOn = false;

/** CPU, memory, event-loop lag, GC and handles of this process (prom-client's defaults), once. */
export function collectProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

/** Seconds; from a quick subgraph answer (5 ms) to a slow analytics export (10 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const sqlStatements = new Counter({
  name: 'voicegraph_sql_statements_total',
  help: 'SQL statements sent to Postgres through TypeORM (BEGIN/COMMIT included), by schema.',
  labelNames: ['service'] as const,
});

export const sqlErrors = new Counter({
  name: 'voicegraph_sql_errors_total',
  help: 'SQL statements that failed, by schema.',
  labelNames: ['service'] as const,
});

export const graphqlRequestDuration = new Histogram({
  name: 'voicegraph_graphql_request_duration_seconds',
  help: 'GraphQL requests from receipt to response, by server (gateway or subgraph), operation name, operation type and outcome.',
  labelNames: ['service', 'operation', 'type', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
});

export const subgraphRequestDuration = new Histogram({
  name: 'voicegraph_gateway_subgraph_request_duration_seconds',
  help: "The gateway's calls to each subgraph, by subgraph and outcome (ok, http_error, failed).",
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
});

export const outboxPublished = new Counter({
  name: 'voicegraph_outbox_published_total',
  help: "Events this process's outbox relay published to Kafka.",
  labelNames: ['service'] as const,
});

export const outboxListening = new Gauge({
  name: 'voicegraph_outbox_listening',
  help: "1 while the relay's LISTEN connection is up (woken at once on commit); 0 while it falls back to polling.",
  labelNames: ['service'] as const,
});

export const consumerLag = new Gauge({
  name: 'voicegraph_consumer_lag',
  help: 'Messages on a partition not yet consumed by this service (as of its latest fetch).',
  labelNames: ['service', 'topic', 'partition'] as const,
});

export const consumerEvents = new Counter({
  name: 'voicegraph_consumer_events_total',
  help: 'Events consumed, by event type and outcome (applied, duplicate, skipped, parked).',
  labelNames: ['service', 'type', 'outcome'] as const,
});

export const deadLetters = new Counter({
  name: 'voicegraph_dead_letters_total',
  help: 'Events parked in dead_letter by this process (counted once the park committed).',
  labelNames: ['service', 'topic'] as const,
});

export const rateLimitRefusals = new Counter({
  name: 'voicegraph_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit, by server and limit.',
  labelNames: ['service', 'limit'] as const,
});

// Re-exported so that every package uses this one prom-client (its global registry is per module instance).
export { AggregatorRegistry, Counter, Gauge, Histogram };
export type { PrometheusContentType } from 'prom-client';
