import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { repoRoot } from '../../src/infra/paths';

/** Checks docker-compose.yml and k8s/*.yaml wire up every process the same way. */

const SUBGRAPHS = { people: 4001, consultations: 4002, governance: 4003, feedback: 4004 } as const;
const PROCESSES = { ...SUBGRAPHS, gateway: 4000 } as const;
type ProcessName = keyof typeof PROCESSES;
/** The public board (web/): no token, no secret, no database; it asks the gateway. */
const BOARD_PORT = 4010;
const DEPLOYED: Array<[string, number]> = [...Object.entries(PROCESSES), ['board', BOARD_PORT]];
const SUBGRAPH_URL_VARS = [
  'SUBGRAPH_PEOPLE_URL',
  'SUBGRAPH_CONSULTATIONS_URL',
  'SUBGRAPH_GOVERNANCE_URL',
  'SUBGRAPH_FEEDBACK_URL',
];

type Obj = Record<string, unknown>;

function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not a mapping`);
  return value as Obj;
}

function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

function read(relative: string): string {
  return readFileSync(path.join(repoRoot(), relative), 'utf8');
}

describe('docker-compose.yml', () => {
  const compose = obj(parse(read('docker-compose.yml')), 'compose file');
  const services = obj(compose.services, 'services');

  test('runs the official postgres:16 and apache/kafka:3.9.1 images', () => {
    expect(obj(services.postgres, 'postgres').image).toBe('postgres:16');
    expect(obj(services.kafka, 'kafka').image).toBe('apache/kafka:3.9.1');
    const volumes = arr(obj(services.postgres, 'postgres').volumes, 'postgres volumes').map(String);
    expect(volumes.some((v) => v.startsWith('./infra/postgres/init.sql:/docker-entrypoint-initdb.d/'))).toBe(true);
    const kafkaEnv = obj(obj(services.kafka, 'kafka').environment, 'kafka environment');
    expect(kafkaEnv.KAFKA_PROCESS_ROLES).toBe('broker,controller');
  });

  describe.each(Object.entries(PROCESSES) as Array<[ProcessName, number]>)('%s', (name, port) => {
    const service = obj(services[name], name);
    const env = obj(service.environment, `${name} environment`);

    test('is built from the root Dockerfile for itself and publishes its port', () => {
      const build = obj(service.build, `${name} build`);
      expect(build.context).toBe('.');
      expect(obj(build.args, `${name} build args`).SERVICE).toBe(name);
      expect(String(env.PORT)).toBe(String(port));
      expect(arr(service.ports, `${name} ports`).map(String)).toContain(`${port}:${port}`);
    });

    test('has the required environment', () => {
      const required =
        name === 'gateway'
          ? ['VOICEGRAPH_JWT_SECRET', 'PORT', 'LOG_LEVEL', ...SUBGRAPH_URL_VARS]
          : ['DATABASE_URL', 'KAFKA_BROKERS', 'VOICEGRAPH_JWT_SECRET', 'PORT', 'LOG_LEVEL'];
      for (const key of required) expect(env).toHaveProperty(key);
    });

    test('checks its health on /ready at its own port', () => {
      const test = arr(obj(service.healthcheck, `${name} healthcheck`).test, `${name} healthcheck test`).join(' ');
      expect(test).toContain(`:${port}/ready`);
    });
  });

  test.each(Object.keys(SUBGRAPHS))('%s connects with its own database role', (name) => {
    const env = obj(obj(services[name], name).environment, name);
    const url = new URL(String(env.DATABASE_URL));
    expect([url.username, url.hostname, url.pathname]).toEqual([`vg_${name}`, 'postgres', '/voicegraph']);
    expect(env.KAFKA_BROKERS).toBe('kafka:9092');
  });

  test('the gateway reaches every subgraph by its service name and port', () => {
    const env = obj(obj(services.gateway, 'gateway').environment, 'gateway environment');
    for (const [name, port] of Object.entries(SUBGRAPHS)) {
      expect(env[`SUBGRAPH_${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
  });

  test('the board is built for itself, asks the gateway once it is healthy, and holds no secret', () => {
    const board = obj(services.board, 'board');
    expect(obj(obj(board.build, 'board build').args, 'board build args').SERVICE).toBe('board');
    const env = obj(board.environment, 'board environment');
    expect(String(env.PORT)).toBe(String(BOARD_PORT));
    expect(arr(board.ports, 'board ports').map(String)).toContain(`${BOARD_PORT}:${BOARD_PORT}`);
    expect(env.BOARD_GATEWAY_URL).toBe('http://gateway:4000/graphql');
    expect(Object.keys(env).sort()).toEqual(['BOARD_GATEWAY_URL', 'BOARD_PUBLIC_URL', 'LOG_LEVEL', 'PORT']);
    expect(obj(obj(board.depends_on, 'board depends_on').gateway, 'on gateway').condition).toBe('service_healthy');
    const test = arr(obj(board.healthcheck, 'board healthcheck').test, 'board healthcheck test').join(' ');
    expect(test).toContain(`:${BOARD_PORT}/ready`);
  });
});

describe('k8s manifests', () => {
  const k8sDir = path.join(repoRoot(), 'k8s');
  const files = readdirSync(k8sDir).filter((f) => f.endsWith('.yaml'));
  const docs: Obj[] = files.flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(k8sDir, file), 'utf8')).map((d) => {
      if (d.errors.length > 0) throw new Error(`${file}: ${d.errors.map((e) => e.message).join('; ')}`);
      return obj(d.toJS(), file);
    }),
  );
  const find = (kind: string, name: string): Obj | undefined =>
    docs.find((d) => d.kind === kind && obj(d.metadata, `${kind} metadata`).name === name);

  test('every yaml file parses and kustomization lists every resource file', () => {
    const kustomization = obj(parse(read('k8s/kustomization.yaml')), 'kustomization');
    const resources = arr(kustomization.resources, 'resources').map(String).sort();
    expect(resources).toEqual(files.filter((f) => f !== 'kustomization.yaml').sort());
    for (const [name] of DEPLOYED) expect(resources).toContain(`${name}.yaml`);
  });

  test('config.yaml holds the ConfigMap and Secrets the Deployments reference', () => {
    const config = obj(obj(find('ConfigMap', 'voicegraph-config'), 'voicegraph-config').data, 'config data');
    expect(config.KAFKA_BROKERS).toMatch(/-kafka-bootstrap\./);
    expect(config).toHaveProperty('LOG_LEVEL');
    const secrets = obj(obj(find('Secret', 'voicegraph-secrets'), 'voicegraph-secrets').stringData, 'secret data');
    expect(secrets).toHaveProperty('VOICEGRAPH_JWT_SECRET');
    const database = obj(obj(find('Secret', 'voicegraph-database'), 'voicegraph-database').stringData, 'database data');
    for (const name of Object.keys(SUBGRAPHS)) expect(new URL(String(database[name])).username).toBe(`vg_${name}`);
  });

  const containerOf = (name: string): Obj => {
    const deployment = obj(find('Deployment', name), `Deployment ${name}`);
    const podSpec = obj(obj(obj(deployment.spec, 'spec').template, 'template').spec, 'pod spec');
    return obj(arr(podSpec.containers, 'containers')[0], 'container');
  };
  const envOf = (name: string): Obj[] => arr(containerOf(name).env, 'env').map((e) => obj(e, 'env entry'));

  describe.each(DEPLOYED)('%s', (name, port) => {
    const deployment = find('Deployment', name);
    const container = () => containerOf(name);
    const envNamed = (key: string): Obj | undefined => envOf(name).find((e) => e.name === key);

    test('has a Deployment with 2 replicas, its port and resources', () => {
      expect(deployment).toBeDefined();
      expect(obj(obj(deployment, 'deployment').spec, 'spec').replicas).toBe(2);
      expect(arr(container().ports, 'ports').map((p) => obj(p, 'port').containerPort)).toEqual([port]);
      expect(envNamed('PORT')?.value).toBe(String(port));
      const resources = obj(container().resources, 'resources');
      expect(resources).toHaveProperty('requests');
      expect(resources).toHaveProperty('limits');
    });

    test('probes: liveness /health and readiness /ready', () => {
      const probePath = (probe: string): unknown =>
        obj(obj(container()[probe], probe).httpGet, `${probe}.httpGet`).path;
      expect(probePath('livenessProbe')).toBe('/health');
      expect(probePath('readinessProbe')).toBe('/ready');
    });

    test('has a Service on its port', () => {
      const service = find('Service', name);
      const ports = arr(obj(obj(service, 'service').spec, 'service spec').ports, 'service ports').map(
        (p) => obj(p, 'port').port,
      );
      expect(ports).toEqual([port]);
    });
  });

  describe.each(Object.keys(PROCESSES) as ProcessName[])('%s', (name) => {
    const container = () => containerOf(name);
    const envNamed = (key: string): Obj | undefined => envOf(name).find((e) => e.name === key);

    test('takes shared settings from voicegraph-config and voicegraph-secrets', () => {
      const sources = arr(container().envFrom, 'envFrom').map((s) => obj(s, 'envFrom entry'));
      expect(sources).toEqual(
        expect.arrayContaining([
          { configMapRef: { name: 'voicegraph-config' } },
          { secretRef: { name: 'voicegraph-secrets' } },
        ]),
      );
    });

    if (name === 'gateway') {
      test('reaches all four subgraphs, and only its own role of the database (rate-limit counters)', () => {
        for (const [sub, subPort] of Object.entries(SUBGRAPHS)) {
          expect(envNamed(`SUBGRAPH_${sub.toUpperCase()}_URL`)?.value).toBe(`http://${sub}:${subPort}/graphql`);
        }
        expect(envNamed('DATABASE_URL')).toBeUndefined();
        expect(envNamed('GATEWAY_DATABASE_URL')?.valueFrom).toEqual({
          secretKeyRef: { name: 'voicegraph-database', key: 'gateway' },
        });
      });
    } else {
      test('reads DATABASE_URL from its own key of the database secret', () => {
        expect(envNamed('DATABASE_URL')?.valueFrom).toEqual({
          secretKeyRef: { name: 'voicegraph-database', key: name },
        });
      });
    }
  });

  test('the board asks the gateway by its Service, and takes no secret and no database credential', () => {
    const env = envOf('board');
    expect(env.find((e) => e.name === 'BOARD_GATEWAY_URL')?.value).toBe('http://gateway:4000/graphql');
    expect(containerOf('board').envFrom).toBeUndefined();
    expect(JSON.stringify(env)).not.toMatch(/secretKeyRef|DATABASE_URL|JWT|ERASURE/);
  });
});
