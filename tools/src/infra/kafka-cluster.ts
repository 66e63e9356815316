import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { withFileLock } from './file-lock';
import { brokerLogTail, ensureKafkaJars, formatStorageOnce, ourBrokerPid, spawnBroker } from './kafka-broker';
import {
  ClusterNode,
  KAFKA_HOST,
  KafkaPaths,
  kafkaPaths,
  parsePort,
  renderClusterNodeProperties,
  renderLog4jProperties,
} from './kafka-config';
import { infraLog } from './log';
import { portAcceptsTcp, waitForPortClosed } from './net';
import { cacheDir } from './paths';
import { isProcessAlive, signalProcess, terminateProcess, waitForProcessExit } from './processes';

/**
 * A local three-node KRaft cluster configured as production is (replication factor 3,
 * min.insync.replicas=2): for trying broker failures. Node n (1..3) listens on
 * basePort + 2(n-1) and its controller on the port after. Its state lives in
 * `.cache/kafka-cluster-<basePort>/node-<n>`; the broker jars are shared with the single broker.
 */
export interface KafkaClusterOptions {
  /** Client port of node 1; default env KAFKA_CLUSTER_PORT or 19192. */
  basePort?: number;
  /** State directory; default <root>/.cache/kafka-cluster-<basePort>. */
  dir?: string;
}

export interface KafkaCluster {
  brokers: string[];
  nodes: ClusterNode[];
  dir: string;
  /** True when startKafkaCluster started at least one node (so the caller may stop it). */
  startedHere?: boolean;
}

export const DEFAULT_CLUSTER_PORT = 19192;
export const CLUSTER_SIZE = 3;
const NODE_HEAP = { min: '192m', max: '384m' };
const READY_TIMEOUT_MS = 90_000;

export function resolveCluster(opts: KafkaClusterOptions = {}, env = process.env): KafkaCluster {
  const fromEnv = env.KAFKA_CLUSTER_PORT?.trim();
  const basePort = opts.basePort ?? (fromEnv ? parsePort(fromEnv, 'KAFKA_CLUSTER_PORT') : DEFAULT_CLUSTER_PORT);
  if (basePort + 2 * CLUSTER_SIZE - 1 > 65535)
    throw new Error(`KAFKA_CLUSTER_PORT ${basePort} leaves no room for 3 nodes`);
  const dir = path.resolve(opts.dir ?? path.join(cacheDir(), `kafka-cluster-${basePort}`));
  const nodes = Array.from({ length: CLUSTER_SIZE }, (_, i) => ({
    id: i + 1,
    port: basePort + 2 * i,
    controllerPort: basePort + 2 * i + 1,
    dataDir: path.join(dir, `node-${i + 1}`, 'data'),
  }));
  return { brokers: nodes.map((n) => `${KAFKA_HOST}:${n.port}`), nodes, dir };
}

/** A node's files; the jars are the single broker's, the cluster id is shared by the three. */
function nodePaths(cluster: KafkaCluster, node: ClusterNode): KafkaPaths {
  const own = kafkaPaths(path.join(cluster.dir, `node-${node.id}`));
  const shared = kafkaPaths(path.join(cacheDir(), 'kafka'));
  return {
    ...own,
    libs: shared.libs,
    libsMarker: shared.libsMarker,
    clusterIdFile: path.join(cluster.dir, 'cluster.id'),
  };
}

function clusterOf(opts: KafkaClusterOptions | KafkaCluster): KafkaCluster {
  return 'nodes' in opts ? opts : resolveCluster(opts);
}

/** Starts one node (no-op when it is running) without waiting for it to be ready. */
async function spawnNode(cluster: KafkaCluster, node: ClusterNode): Promise<{ pid: number; started: boolean }> {
  const paths = nodePaths(cluster, node);
  const running = ourBrokerPid(paths);
  if (running !== undefined) return { pid: running, started: false };
  for (const port of [node.port, node.controllerPort])
    if (await portAcceptsTcp(port, KAFKA_HOST))
      throw new Error(
        `Port ${port} (cluster node ${node.id}) is in use by something else; choose other ports with KAFKA_CLUSTER_PORT.`,
      );
  mkdirSync(paths.data, { recursive: true });
  writeFileSync(paths.serverProperties, renderClusterNodeProperties(KAFKA_HOST, node, cluster.nodes));
  writeFileSync(paths.log4jProperties, renderLog4jProperties());
  await formatStorageOnce(paths);
  const pid = spawnBroker(paths, NODE_HEAP);
  infraLog(`started Kafka cluster node ${node.id} (pid ${pid}) on ${KAFKA_HOST}:${node.port}`);
  return { pid, started: true };
}

function probe(brokers: string[]): Kafka {
  return new Kafka({
    clientId: 'voicegraph-cluster-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
}

/** The ids of the brokers the cluster's metadata lists now (an empty list when none answers). */
export async function liveBrokerIds(brokers: string[]): Promise<number[]> {
  const admin = probe(brokers).admin();
  try {
    await admin.connect();
    const { brokers: live } = await admin.describeCluster();
    return live.map((b) => b.nodeId).sort();
  } catch {
    return [];
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function waitForBrokers(cluster: KafkaCluster, ids: number[], pids: Map<number, number>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const [id, pid] of pids)
      if (!isProcessAlive(pid)) {
        const node = cluster.nodes.find((n) => n.id === id)!;
        throw new Error(`Kafka cluster node ${id} (pid ${pid}) exited:\n${brokerLogTail(nodePaths(cluster, node))}`);
      }
    // Ask each wanted node itself: its own metadata lists every broker it can see.
    const views = await Promise.all(
      ids.map((id) => liveBrokerIds([cluster.brokers[cluster.nodes.findIndex((n) => n.id === id)]])),
    );
    if (views.every((view) => ids.every((id) => view.includes(id)))) return;
    await sleep(300);
  }
  throw new Error(`Kafka cluster nodes ${ids.join(', ')} did not all become ready within ${READY_TIMEOUT_MS / 1000}s.`);
}

/** Starts the three nodes (reusing any already running) and resolves once every node sees all three. */
export async function startKafkaCluster(opts: KafkaClusterOptions = {}): Promise<KafkaCluster> {
  const cluster = resolveCluster(opts);
  mkdirSync(cluster.dir, { recursive: true });
  await ensureKafkaJars();
  const started = Date.now();
  let startedHere = false;
  const pids = await withFileLock(path.join(cluster.dir, '.lock'), async () => {
    const map = new Map<number, number>();
    for (const node of cluster.nodes) {
      const { pid, started } = await spawnNode(cluster, node);
      map.set(node.id, pid);
      startedHere ||= started;
    }
    return map;
  });
  await waitForBrokers(
    cluster,
    cluster.nodes.map((n) => n.id),
    pids,
  );
  infraLog(`Kafka cluster ready on ${cluster.brokers.join(',')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { ...cluster, startedHere };
}

/** kill -9 one node: no controlled shutdown, no leadership handed over. Resolves once it is dead. */
export async function killClusterNode(opts: KafkaClusterOptions | KafkaCluster, id: number): Promise<void> {
  const cluster = clusterOf(opts);
  const node = cluster.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`The cluster has no node ${id}`);
  const pid = ourBrokerPid(nodePaths(cluster, node));
  if (pid === undefined) throw new Error(`Kafka cluster node ${id} is not running`);
  signalProcess(pid, 'SIGKILL');
  if (!(await waitForProcessExit(pid, 10_000)))
    throw new Error(`Kafka cluster node ${id} (pid ${pid}) survived SIGKILL`);
  infraLog(`killed Kafka cluster node ${id} (pid ${pid})`);
}

/** Starts one node again (after a kill) and resolves once every node sees it. */
export async function restartClusterNode(opts: KafkaClusterOptions | KafkaCluster, id: number): Promise<void> {
  const cluster = clusterOf(opts);
  const node = cluster.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`The cluster has no node ${id}`);
  const { pid } = await withFileLock(path.join(cluster.dir, '.lock'), () => spawnNode(cluster, node));
  await waitForBrokers(
    cluster,
    cluster.nodes.map((n) => n.id),
    new Map([[id, pid]]),
  );
}

/** Stops every node (SIGTERM, then SIGKILL) and, with `wipe`, deletes the cluster's data. */
export async function stopKafkaCluster(opts: KafkaClusterOptions = {}, wipe = false): Promise<void> {
  const cluster = resolveCluster(opts);
  await withFileLock(path.join(cluster.dir, '.lock'), async () => {
    // All at once: a node stopping alone would wait for the others to take its leadership.
    await Promise.all(
      cluster.nodes.map(async (node) => {
        const paths = nodePaths(cluster, node);
        const pid = ourBrokerPid(paths);
        if (pid !== undefined) await terminateProcess(pid, 20_000);
        rmSync(paths.pidFile, { force: true });
        await waitForPortClosed(node.port, 10_000, KAFKA_HOST);
      }),
    );
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  if (wipe) rmSync(cluster.dir, { recursive: true, force: true });
}
