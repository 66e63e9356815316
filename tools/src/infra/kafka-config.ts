import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Options for the local single-node KRaft broker. */
export interface LocalKafkaOptions {
  /** Client port; default env KAFKA_LOCAL_PORT or 19092. */
  port?: number;
  /** KRaft controller port; default port + 1. */
  controllerPort?: number;
  /** State directory (jars, data, logs, pid file); default <root>/.cache/kafka. */
  dir?: string;
}

export interface ResolvedKafkaOptions {
  host: string;
  port: number;
  controllerPort: number;
  dir: string;
}

/** Every file the local broker uses, derived from its state directory. */
export interface KafkaPaths {
  dir: string;
  libs: string;
  libsMarker: string;
  data: string;
  metaProperties: string;
  serverProperties: string;
  log4jProperties: string;
  pidFile: string;
  clusterIdFile: string;
  brokerLog: string;
  lock: string;
}

export const DEFAULT_KAFKA_PORT = 19092;
export const KAFKA_HOST = '127.0.0.1';

/** Parses a TCP port, throwing an error that names where the value came from. */
export function parsePort(value: string | number, source: string): number {
  const port = typeof value === 'number' ? value : Number(value.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${source} must be a TCP port between 1 and 65535, got "${value}".`);
  }
  return port;
}

/** Fills in defaults: port from opts, then KAFKA_LOCAL_PORT, then 19092; controller = port + 1. */
export function resolveKafkaOptions(
  opts: LocalKafkaOptions,
  env: NodeJS.ProcessEnv,
  defaultDir: string,
): ResolvedKafkaOptions {
  const envPort = env.KAFKA_LOCAL_PORT?.trim();
  const port =
    opts.port !== undefined
      ? parsePort(opts.port, 'LocalKafkaOptions.port')
      : envPort
        ? parsePort(envPort, 'KAFKA_LOCAL_PORT')
        : DEFAULT_KAFKA_PORT;
  const controllerPort =
    opts.controllerPort !== undefined ? parsePort(opts.controllerPort, 'LocalKafkaOptions.controllerPort') : port + 1;
  if (controllerPort === port) {
    throw new Error(`The Kafka controller port must differ from the client port (both ${port}).`);
  }
  return { host: KAFKA_HOST, port, controllerPort, dir: path.resolve(opts.dir ?? defaultDir) };
}

export function kafkaPaths(dir: string): KafkaPaths {
  const libs = path.join(dir, 'libs');
  const data = path.join(dir, 'data');
  return {
    dir,
    libs,
    libsMarker: path.join(libs, '.complete.json'),
    data,
    metaProperties: path.join(data, 'meta.properties'),
    serverProperties: path.join(dir, 'server.properties'),
    log4jProperties: path.join(dir, 'log4j.properties'),
    pidFile: path.join(dir, 'broker.pid'),
    clusterIdFile: path.join(dir, 'cluster.id'),
    brokerLog: path.join(dir, 'broker.log'),
    lock: path.join(dir, '.lock'),
  };
}

/** server.properties for one node acting as broker and KRaft controller, tuned for a laptop/CI. */
export function renderServerProperties(o: {
  host: string;
  port: number;
  controllerPort: number;
  dataDir: string;
}): string {
  const lines: Array<[string, string | number]> = [
    ['process.roles', 'broker,controller'],
    ['node.id', 1],
    ['controller.quorum.voters', `1@${o.host}:${o.controllerPort}`],
    ['listeners', `PLAINTEXT://${o.host}:${o.port},CONTROLLER://${o.host}:${o.controllerPort}`],
    ['advertised.listeners', `PLAINTEXT://${o.host}:${o.port}`],
    ['controller.listener.names', 'CONTROLLER'],
    ['inter.broker.listener.name', 'PLAINTEXT'],
    ['listener.security.protocol.map', 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT'],
    ['log.dirs', o.dataDir],
    ['num.partitions', 3],
    ['default.replication.factor', 1],
    ['min.insync.replicas', 1],
    ['auto.create.topics.enable', 'false'],
    ['delete.topic.enable', 'true'],
    ['offsets.topic.replication.factor', 1],
    ['offsets.topic.num.partitions', 10],
    ['transaction.state.log.replication.factor', 1],
    ['transaction.state.log.min.isr', 1],
    ['transaction.state.log.num.partitions', 10],
    ['group.initial.rebalance.delay.ms', 0],
    ['num.network.threads', 2],
    ['num.io.threads', 4],
    ['num.recovery.threads.per.data.dir', 2],
    ['log.cleaner.dedupe.buffer.size', 16 * 1024 * 1024],
    ['log.retention.hours', 168],
    // Services set each topic's retention; check it often, so the log forgets on schedule.
    ['log.retention.check.interval.ms', 5000],
    ['log.segment.bytes', 64 * 1024 * 1024],
    // Fast, clean stop: one node, nothing to hand leadership to.
    ['controlled.shutdown.enable', 'true'],
    ['controlled.shutdown.max.retries', 1],
    ['controlled.shutdown.retry.backoff.ms', 500],
    ['broker.heartbeat.interval.ms', 500],
    ['broker.session.timeout.ms', 6000],
    ['controller.quorum.election.timeout.ms', 1000],
    ['controller.quorum.fetch.timeout.ms', 2000],
  ];
  return lines.map(([key, value]) => `${key}=${value}`).join('\n') + '\n';
}

/** One node of the local three-node cluster: its id, client and controller ports, data. */
export interface ClusterNode {
  id: number;
  port: number;
  controllerPort: number;
  dataDir: string;
}

/**
 * server.properties for one node of a local KRaft cluster where every node is broker and
 * controller, configured as production is: three copies, two in sync before a write is
 * acknowledged, no unclean leader election (an out-of-date copy never becomes leader).
 */
export function renderClusterNodeProperties(host: string, node: ClusterNode, all: ClusterNode[]): string {
  const voters = all.map((n) => `${n.id}@${host}:${n.controllerPort}`).join(',');
  const lines: Array<[string, string | number]> = [
    ['process.roles', 'broker,controller'],
    ['node.id', node.id],
    ['controller.quorum.voters', voters],
    ['listeners', `PLAINTEXT://${host}:${node.port},CONTROLLER://${host}:${node.controllerPort}`],
    ['advertised.listeners', `PLAINTEXT://${host}:${node.port}`],
    ['controller.listener.names', 'CONTROLLER'],
    ['inter.broker.listener.name', 'PLAINTEXT'],
    ['listener.security.protocol.map', 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT'],
    ['log.dirs', node.dataDir],
    ['num.partitions', 3],
    ['default.replication.factor', 3],
    ['min.insync.replicas', 2],
    ['unclean.leader.election.enable', 'false'],
    ['auto.create.topics.enable', 'false'],
    ['delete.topic.enable', 'true'],
    ['offsets.topic.replication.factor', 3],
    ['offsets.topic.num.partitions', 10],
    ['transaction.state.log.replication.factor', 3],
    ['transaction.state.log.min.isr', 2],
    ['transaction.state.log.num.partitions', 10],
    ['group.initial.rebalance.delay.ms', 0],
    ['num.network.threads', 2],
    ['num.io.threads', 2],
    ['num.replica.fetchers', 1],
    ['log.retention.check.interval.ms', 5000],
    ['log.segment.bytes', 64 * 1024 * 1024],
    // A killed node is fenced and dropped from the in-sync set within seconds.
    ['replica.lag.time.max.ms', 5000],
    ['broker.heartbeat.interval.ms', 500],
    ['broker.session.timeout.ms', 4000],
    ['controller.quorum.election.timeout.ms', 1000],
    ['controller.quorum.fetch.timeout.ms', 2000],
    ['controlled.shutdown.enable', 'true'],
  ];
  return lines.map(([key, value]) => `${key}=${value}`).join('\n') + '\n';
}

/** log4j 1.x (reload4j) config: everything to stdout, which the launcher sends to broker.log. */
export function renderLog4jProperties(): string {
  return [
    'log4j.rootLogger=INFO, stdout',
    'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
    'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka=INFO',
    'log4j.logger.org.apache.kafka=INFO',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.kafka.controller=INFO',
    'log4j.logger.kafka.log.LogCleaner=WARN',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.kafka.authorizer.logger=WARN',
    'log4j.logger.org.apache.kafka.storage.internals.log=WARN',
    'log4j.logger.kafka.log.UnifiedLog=WARN',
    '',
  ].join('\n');
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (22 characters). */
export function newClusterId(): string {
  // An id starting with '-' is read as an option by kafka-storage's argument parser (Kafka's own
  // Uuid.randomUuid() draws again for the same reason); one in 64 did, and broke a fresh start.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** "a:1, b:2" → ["a:1", "b:2"]. */
export function parseBrokerList(value: string): string[] {
  return value
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** JVM arguments that start the broker (a cluster node takes a smaller heap: three share the machine). */
export function brokerJavaArgs(
  paths: KafkaPaths,
  heap: { min: string; max: string } = { min: '256m', max: '768m' },
): string[] {
  return [
    `-Xms${heap.min}`,
    `-Xmx${heap.max}`,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${paths.log4jProperties}`,
    '-cp',
    path.join(paths.libs, '*'),
    'kafka.Kafka',
    paths.serverProperties,
  ];
}
