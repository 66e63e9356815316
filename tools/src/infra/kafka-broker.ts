import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { javaExecutable, lastLines, runCommand } from './command';
import { withFileLock } from './file-lock';
import {
  KafkaPaths,
  LocalKafkaOptions,
  ResolvedKafkaOptions,
  brokerJavaArgs,
  kafkaPaths,
  newClusterId,
  parseBrokerList,
  renderLog4jProperties,
  renderServerProperties,
  resolveKafkaOptions,
} from './kafka-config';
import { ensureJarsIn } from './kafka-jars';
import { errorMessage, infraLog } from './log';
import { portAcceptsTcp, waitForPortClosed } from './net';
import { cacheDir } from './paths';
import { isProcessAlive, processCommandLine, terminateProcess } from './processes';
import { setTimeout as sleep } from 'node:timers/promises';

export type { LocalKafkaOptions } from './kafka-config';

export interface LocalKafka {
  brokers: string[];
  pid: number;
  /** False when an already running local broker was reused. */
  startedHere: boolean;
}

export interface KafkaConnection {
  brokers: string[];
  /** True when the brokers are the local broker these tools run (not KAFKA_BROKERS). */
  managed: boolean;
  /** True when this call started the local broker (so the caller may stop it). */
  startedHere: boolean;
}

// A broker restarting on a loaded 2-core machine (log recovery, JIT warm-up) has been seen to
// need more than a minute; waiting longer costs nothing when it is quick.
const READY_TIMEOUT_MS = Number(process.env.KAFKA_READY_TIMEOUT_S ?? 180) * 1000;
const STOP_GRACE_MS = 30_000;
const MAX_LOG_BYTES = 20 * 1024 * 1024;

interface Resolved {
  o: ResolvedKafkaOptions;
  paths: KafkaPaths;
  brokers: string[];
}

function resolve(opts: LocalKafkaOptions = {}): Resolved {
  const o = resolveKafkaOptions(opts, process.env, path.join(cacheDir(), 'kafka'));
  return { o, paths: kafkaPaths(o.dir), brokers: [`${o.host}:${o.port}`] };
}

/** Makes sure the broker jars are in `<dir>/libs` (Maven runs only when needed); returns that dir. */
export async function ensureKafkaJars(opts?: LocalKafkaOptions): Promise<string> {
  return await ensureJarsIn(resolve(opts).paths);
}

function readPidFile(paths: KafkaPaths): number | undefined {
  try {
    const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid from broker.pid when it is a live `kafka.Kafka` JVM using this directory's server.properties. */
function ourBrokerPid(paths: KafkaPaths): number | undefined {
  const pid = readPidFile(paths);
  if (pid === undefined || !isProcessAlive(pid)) return undefined;
  const cmd = processCommandLine(pid);
  return cmd.includes('kafka.Kafka') && cmd.includes(paths.serverProperties) ? pid : undefined;
}

/** True when a kafkajs admin client can connect and list topics. */
export async function brokerAnswers(brokers: string[]): Promise<boolean> {
  const kafka = new Kafka({
    clientId: 'voicegraph-infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Whether our local broker is running and accepting connections. */
export async function localKafkaStatus(
  opts?: LocalKafkaOptions,
): Promise<{ running: boolean; pid?: number; brokers: string[] }> {
  const { o, paths, brokers } = resolve(opts);
  const pid = ourBrokerPid(paths);
  const running = pid !== undefined && (await portAcceptsTcp(o.port, o.host));
  return running ? { running, pid, brokers } : { running, brokers };
}

function brokerLogTail(paths: KafkaPaths, lines = 30): string {
  try {
    return lastLines(readFileSync(paths.brokerLog, 'utf8'), lines);
  } catch {
    return '(no broker.log)';
  }
}

function readOrCreateClusterId(paths: KafkaPaths): string {
  if (existsSync(paths.clusterIdFile)) {
    const id = readFileSync(paths.clusterIdFile, 'utf8').trim();
    if (id.length > 0) return id;
  }
  const id = newClusterId();
  writeFileSync(paths.clusterIdFile, `${id}\n`);
  return id;
}

function writeBrokerConfig(o: ResolvedKafkaOptions, paths: KafkaPaths): void {
  mkdirSync(paths.data, { recursive: true });
  writeFileSync(
    paths.serverProperties,
    renderServerProperties({ host: o.host, port: o.port, controllerPort: o.controllerPort, dataDir: paths.data }),
  );
  writeFileSync(paths.log4jProperties, renderLog4jProperties());
}

/** Formats the KRaft storage once; later starts reuse it (topics and offsets survive restarts). */
async function formatStorageOnce(paths: KafkaPaths): Promise<void> {
  if (existsSync(paths.metaProperties)) return;
  const clusterId = readOrCreateClusterId(paths);
  infraLog(`formatting Kafka storage in ${paths.data} (cluster id ${clusterId})`);
  const args = [
    '-cp',
    path.join(paths.libs, '*'),
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId,
    '-c',
    paths.serverProperties,
  ];
  const result = await runCommand(javaExecutable(), args).catch((err: unknown) => {
    throw new Error(
      `Could not run Java to format Kafka storage: ${errorMessage(err)} Install Java 17 or set JAVA_HOME.`,
    );
  });
  if (result.code !== 0) {
    throw new Error(
      `Formatting Kafka storage failed (exit ${result.code}). If ${paths.data} is corrupt, delete it ` +
        `(topics are lost) and retry.\n${lastLines(result.output, 30)}`,
    );
  }
}

function rotateLogIfLarge(paths: KafkaPaths): void {
  try {
    if (statSync(paths.brokerLog).size > MAX_LOG_BYTES) renameSync(paths.brokerLog, `${paths.brokerLog}.1`);
  } catch {
    // no log yet
  }
}

function spawnBroker(paths: KafkaPaths): number {
  rotateLogIfLarge(paths);
  const logFd = openSync(paths.brokerLog, 'a');
  try {
    const child = spawn(javaExecutable(), brokerJavaArgs(paths), {
      cwd: paths.dir,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
    child.on('error', (err) => infraLog(`Kafka broker process error: ${err.message}`));
    if (child.pid === undefined) {
      throw new Error(`Could not start \`${javaExecutable()}\`; install Java 17 or set JAVA_HOME.`);
    }
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    child.unref();
    return child.pid;
  } finally {
    closeSync(logFd);
  }
}

function portTakenError(port: number, what: string): Error {
  return new Error(
    `Port ${port} (${what}) is already in use by something that is not the VoiceGraph local Kafka broker. ` +
      `Stop that process, choose another port with KAFKA_LOCAL_PORT (the controller uses the next port), ` +
      `or point KAFKA_BROKERS at a broker you run yourself.`,
  );
}

async function startOrReuse(
  o: ResolvedKafkaOptions,
  paths: KafkaPaths,
): Promise<{ pid: number; startedHere: boolean }> {
  const existing = ourBrokerPid(paths);
  if (existing !== undefined) return { pid: existing, startedHere: false };
  rmSync(paths.pidFile, { force: true });
  if (await portAcceptsTcp(o.port, o.host)) throw portTakenError(o.port, 'Kafka client port');
  if (await portAcceptsTcp(o.controllerPort, o.host)) throw portTakenError(o.controllerPort, 'Kafka controller port');
  await ensureJarsIn(paths);
  writeBrokerConfig(o, paths);
  await formatStorageOnce(paths);
  const pid = spawnBroker(paths);
  infraLog(`started Kafka broker (pid ${pid}) on ${o.host}:${o.port}; log ${paths.brokerLog}`);
  return { pid, startedHere: true };
}

async function waitForReady(r: Resolved, pid: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) {
      throw new Error(
        `The Kafka broker (pid ${pid}) exited during start-up. Last lines of ${r.paths.brokerLog}:\n${brokerLogTail(r.paths)}`,
      );
    }
    if ((await portAcceptsTcp(r.o.port, r.o.host)) && (await brokerAnswers(r.brokers))) return;
    await sleep(250);
  }
  throw new Error(
    `The Kafka broker (pid ${pid}) did not become ready on ${r.brokers[0]} within ${READY_TIMEOUT_MS / 1000}s. ` +
      `Stop it with \`npm run kafka:stop\` and retry. Last lines of ${r.paths.brokerLog}:\n${brokerLogTail(r.paths)}`,
  );
}

/**
 * Starts the local single-node KRaft broker, or reuses the one already running from the same
 * directory, and resolves once a client can list topics.
 */
export async function startLocalKafka(opts?: LocalKafkaOptions): Promise<LocalKafka> {
  const r = resolve(opts);
  mkdirSync(r.paths.dir, { recursive: true });
  const started = Date.now();
  const { pid, startedHere } = await withFileLock(r.paths.lock, () => startOrReuse(r.o, r.paths));
  await waitForReady(r, pid);
  if (startedHere) infraLog(`Kafka ready on ${r.brokers[0]} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { brokers: r.brokers, pid, startedHere };
}

/** Stops the local broker (SIGTERM, then SIGKILL after 30s) and waits until its port is closed. No-op if not running. */
export async function stopLocalKafka(opts?: LocalKafkaOptions): Promise<void> {
  const r = resolve(opts);
  if (!existsSync(r.paths.dir)) return;
  await withFileLock(r.paths.lock, async () => {
    const pid = ourBrokerPid(r.paths);
    if (pid === undefined) {
      rmSync(r.paths.pidFile, { force: true });
      return;
    }
    const started = Date.now();
    infraLog(`stopping Kafka broker (pid ${pid})`);
    const how = await terminateProcess(pid, STOP_GRACE_MS);
    rmSync(r.paths.pidFile, { force: true });
    if (!(await waitForPortClosed(r.o.port, 10_000, r.o.host))) {
      throw new Error(
        `The Kafka broker (pid ${pid}) exited but port ${r.o.port} still accepts connections; something else is listening there.`,
      );
    }
    infraLog(`Kafka broker ${how} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  });
}

/** KAFKA_BROKERS (comma separated) when set; otherwise the local broker, started if needed. */
export async function ensureKafka(): Promise<KafkaConnection> {
  const fromEnv = process.env.KAFKA_BROKERS?.trim();
  if (fromEnv) {
    const brokers = parseBrokerList(fromEnv);
    if (brokers.length === 0)
      throw new Error('KAFKA_BROKERS is set but names no broker; unset it or give host:port[,host:port].');
    return { brokers, managed: false, startedHere: false };
  }
  const local = await startLocalKafka();
  return { brokers: local.brokers, managed: true, startedHere: local.startedHere };
}
