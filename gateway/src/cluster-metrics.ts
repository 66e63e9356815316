import cluster, { Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, metricsRegistry, PrometheusContentType } from '@voicegraph/platform';

type Aggregator = AggregatorRegistry<PrometheusContentType>;

interface MetricsRequest {
  type: 'gateway-metrics-request';
  id: string;
}
interface MetricsAnswer {
  type: 'gateway-metrics';
  id: string;
  text?: string;
}

const isRequest = (m: unknown): m is MetricsRequest =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'gateway-metrics-request';
const isAnswer = (m: unknown): m is MetricsAnswer =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'gateway-metrics';

/**
 * The primary answers a worker's request for the metrics of every worker, summed (or averaged,
 * as prom-client defines per metric) by prom-client's AggregatorRegistry over IPC.
 */
export function answerMetricsRequests(worker: Worker, aggregator: Aggregator): void {
  worker.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: 'gateway-metrics', id: message.id, text } satisfies MetricsAnswer),
      () => worker.send({ type: 'gateway-metrics', id: message.id } satisfies MetricsAnswer),
    );
  });
}

/** In the primary: the registry that gathers the workers' metrics. */
export const createAggregator = (): Aggregator => new AggregatorRegistry();

/**
 * What a gateway server answers on GET /metrics. A worker: every worker's figures, through the
 * primary, whichever worker the scrape reached. Without a primary: this process's own.
 */
export function gatewayMetrics(): () => Promise<string> {
  if (!cluster.isWorker || !process.send) return () => metricsRegistry.metrics();
  // Constructing an AggregatorRegistry makes this worker answer the primary's requests.
  new AggregatorRegistry();
  const pending = new Map<string, (answer: MetricsAnswer) => void>();
  process.on('message', (message: unknown) => {
    if (isAnswer(message)) pending.get(message.id)?.(message);
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = randomUUID();
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('the gateway primary did not answer with the workers’ metrics in time'));
      }, 10_000);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        pending.delete(id);
        if (answer.text === undefined) reject(new Error('the gateway primary could not gather the workers’ metrics'));
        else resolve(answer.text);
      });
      process.send!({ type: 'gateway-metrics-request', id } satisfies MetricsRequest);
    });
}
