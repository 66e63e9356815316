import cluster, { Worker } from 'node:cluster';
import { Logger } from '@voicegraph/platform';
import { answerMetricsRequests, createAggregator } from './cluster-metrics';

/** What a worker tells the primary once its server listens. */
export interface WorkerReady {
  type: 'gateway-ready';
  url: string;
}

const isReady = (message: unknown): message is WorkerReady =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'gateway-ready';

/** A worker that dies this soon after starting is failing to start, not crashing under load. */
const EARLY_EXIT_MS = 10_000;
const STOP_GRACE_MS = 25_000;

/**
 * The gateway's primary process: forks `workers` copies of this entry point, which share the port
 * (the primary hands out connections), with V8 flags of their own; replaces a worker that dies;
 * and on SIGTERM or SIGINT asks every worker to shut down gracefully before it exits. It serves
 * nothing itself.
 */
export function runPrimary(workers: number, workerFlags: string[], logger: Logger): void {
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...workerFlags] });
  let stopping = false;
  let earlyExits = 0;
  const ready = new Set<number>();
  const aggregator = createAggregator();
  const fork = (): Worker => {
    const startedAt = Date.now();
    const worker = cluster.fork();
    answerMetricsRequests(worker, aggregator);
    worker.on('message', (message: unknown) => {
      if (!isReady(message)) return;
      ready.add(worker.id);
      if (ready.size === workers) logger.info({ url: message.url, workers }, 'gateway ready');
    });
    worker.on('exit', (code, signal) => {
      ready.delete(worker.id);
      if (stopping) return;
      const early = Date.now() - startedAt < EARLY_EXIT_MS;
      earlyExits = early ? earlyExits + 1 : 0;
      if (earlyExits >= workers * 2) {
        logger.fatal({ code, signal }, 'gateway workers keep failing to start; giving up');
        process.exit(1);
      }
      logger.error({ pid: worker.process.pid, code, signal }, 'gateway worker exited; starting another');
      fork();
    });
    return worker;
  };
  for (let i = 0; i < workers; i += 1) fork();

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    logger.info({ workers: running.length }, 'stopping gateway workers');
    const force = setTimeout(() => {
      for (const w of running) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    let left = running.length;
    const done = () => {
      left -= 1;
      if (left <= 0) {
        clearTimeout(force);
        process.exit(0);
      }
    };
    if (!left) process.exit(0);
    for (const w of running) {
      w.once('exit', done);
      w.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Tells the primary (if there is one) that this worker listens. */
export function announceReady(url: string): void {
  if (cluster.isWorker && process.send) process.send({ type: 'gateway-ready', url } satisfies WorkerReady);
}
