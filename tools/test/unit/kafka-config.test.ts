import path from 'node:path';
import {
  DEFAULT_KAFKA_PORT,
  brokerJavaArgs,
  kafkaPaths,
  newClusterId,
  parseBrokerList,
  parsePort,
  renderLog4jProperties,
  renderServerProperties,
  resolveKafkaOptions,
} from '../../src/infra/kafka-config';

function properties(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

describe('resolveKafkaOptions', () => {
  test('defaults: port 19092, controller port + 1, dir given by the caller', () => {
    expect(resolveKafkaOptions({}, {}, '/tmp/k')).toEqual({
      host: '127.0.0.1',
      port: DEFAULT_KAFKA_PORT,
      controllerPort: 19093,
      dir: '/tmp/k',
    });
  });

  test('KAFKA_LOCAL_PORT overrides the default, explicit options override both', () => {
    expect(resolveKafkaOptions({}, { KAFKA_LOCAL_PORT: '29092' }, '/d')).toMatchObject({
      port: 29092,
      controllerPort: 29093,
    });
    expect(
      resolveKafkaOptions({ port: 1000, controllerPort: 2000, dir: 'rel' }, { KAFKA_LOCAL_PORT: '29092' }, '/d'),
    ).toEqual({
      host: '127.0.0.1',
      port: 1000,
      controllerPort: 2000,
      dir: path.resolve('rel'),
    });
  });

  test('rejects bad ports with a message naming their source', () => {
    expect(() => resolveKafkaOptions({}, { KAFKA_LOCAL_PORT: 'abc' }, '/d')).toThrow(/KAFKA_LOCAL_PORT/);
    expect(() => parsePort(70000, 'x')).toThrow(/between 1 and 65535/);
    expect(() => resolveKafkaOptions({ port: 5, controllerPort: 5 }, {}, '/d')).toThrow(/must differ/);
  });
});

describe('server.properties', () => {
  const props = properties(
    renderServerProperties({ host: '127.0.0.1', port: 19092, controllerPort: 19093, dataDir: '/x/data' }),
  );

  test('one KRaft node acting as broker and controller on loopback', () => {
    expect(props).toMatchObject({
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': '1@127.0.0.1:19093',
      listeners: 'PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093',
      'advertised.listeners': 'PLAINTEXT://127.0.0.1:19092',
      'controller.listener.names': 'CONTROLLER',
      'log.dirs': '/x/data',
    });
  });

  test('single-replica internal topics, no auto-created topics, 3 partitions by default', () => {
    expect(props).toMatchObject({
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'group.initial.rebalance.delay.ms': '0',
      'auto.create.topics.enable': 'false',
      'num.partitions': '3',
    });
  });

  test('log4j sends everything to stdout', () => {
    expect(properties(renderLog4jProperties())['log4j.rootLogger']).toBe('INFO, stdout');
  });
});

describe('helpers', () => {
  test('cluster ids are 22-character base64url strings and differ', () => {
    const a = newClusterId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newClusterId()).not.toBe(a);
  });

  test("a cluster id never starts with '-', which kafka-storage would read as an option", () => {
    // Without the rule one id in 64 starts with '-': among 2,000 at least one would, all but surely.
    const ids = Array.from({ length: 2000 }, () => newClusterId());
    expect(ids.filter((id) => id.startsWith('-'))).toEqual([]);
  });

  test('parseBrokerList trims and drops empties', () => {
    expect(parseBrokerList(' a:1 , b:2,, ')).toEqual(['a:1', 'b:2']);
    expect(parseBrokerList('')).toEqual([]);
  });

  test('paths and java arguments derive from the state directory', () => {
    const p = kafkaPaths('/k');
    expect([p.libs, p.data, p.metaProperties, p.pidFile, p.brokerLog, p.clusterIdFile]).toEqual([
      '/k/libs',
      '/k/data',
      '/k/data/meta.properties',
      '/k/broker.pid',
      '/k/broker.log',
      '/k/cluster.id',
    ]);
    const args = brokerJavaArgs(p);
    expect(args).toEqual(
      expect.arrayContaining([
        '-Xms256m',
        '-Xmx768m',
        '-XX:+UseG1GC',
        '-Dlog4j.configuration=file:/k/log4j.properties',
      ]),
    );
    expect(args.slice(-4)).toEqual(['-cp', '/k/libs/*', 'kafka.Kafka', '/k/server.properties']);
  });
});
