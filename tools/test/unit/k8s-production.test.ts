import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { loadServiceConfig } from '@voicegraph/platform';
import { repoRoot } from '../../src/infra/paths';
import { buildKafkaTopics, catalogueTopics, KAFKA_TOPICS_PATH } from '../../src/kafka-topics';

/**
 * The manifests a production cluster gets: every object valid against the Kubernetes schemas
 * (kubernetes-models), pinned images, no service-account tokens, network policies that let only
 * the gateway reach the subgraphs, autoscaling, an Ingress for /graphql alone (and /board for the
 * public board, which reaches only the gateway), TLS to Postgres and Kafka, and the Kafka topics
 * declared for Strimzi.
 */

type Obj = Record<string, any>;
const K8S = path.join(repoRoot(), 'k8s');
const SUBGRAPHS = ['people', 'consultations', 'governance', 'feedback'];
const PROCESSES = [...SUBGRAPHS, 'gateway'];
/** Every Deployment: the processes above and the public board (web/). */
const DEPLOYMENTS = [...PROCESSES, 'board'];

const MODELS: Record<string, new (data: Obj) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
} as never;

const kustomization = parse(readFileSync(path.join(K8S, 'kustomization.yaml'), 'utf8')) as Obj;
const docs: Obj[] = (kustomization.resources as string[]).flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(K8S, file), 'utf8')).map((d) => d.toJS() as Obj),
);
const all = (kind: string): Obj[] => docs.filter((d) => d.kind === kind);
const named = (kind: string, name: string): Obj => {
  const found = docs.find((d) => d.kind === kind && d.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const podSpec = (name: string): Obj => named('Deployment', name).spec.template.spec;

describe('every object is valid against the Kubernetes schemas', () => {
  test.each(docs.map((d) => [`${d.kind} ${d.metadata?.name}`, d]))('%s', (_label, doc) => {
    const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
    expect(Model).toBeDefined();
    expect(() => new Model(doc).validate()).not.toThrow();
  });

  test('a broken object is refused (the validation can fail)', () => {
    const broken = structuredClone(named('Deployment', 'people'));
    broken.spec.replicas = 'two';
    expect(() => new MODELS['apps/v1/Deployment'](broken).validate()).toThrow();
  });
});

describe('images and pods', () => {
  const tags = Object.fromEntries((kustomization.images as Obj[]).map((i) => [i.name, String(i.newTag)]));

  test.each(DEPLOYMENTS)('%s: pinned image tag, the same as the kustomization sets, never latest', (name) => {
    const image = String(podSpec(name).containers[0].image);
    const [repository, tag] = image.split(':');
    expect(tag).toMatch(/^\d+\.\d+\.\d+$/);
    expect(tags[repository]).toBe(tag);
  });

  test.each(DEPLOYMENTS)('%s: no service-account token is mounted', (name) => {
    expect(podSpec(name).automountServiceAccountToken).toBe(false);
  });

  test.each(DEPLOYMENTS)('%s: an HPA scales its Deployment, never below two replicas', (name) => {
    const hpa = named('HorizontalPodAutoscaler', name);
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
  });
});

/** Whether a NetworkPolicy peer selects a pod (matchLabels only, as the manifests use). */
function peerMatches(peer: Obj, pod: { namespace: string; labels: Record<string, string> }, policyNs: string) {
  const matches = (selector: Obj | undefined, labels: Record<string, string>) =>
    Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  if (peer.namespaceSelector)
    return (
      matches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': pod.namespace }) &&
      (!peer.podSelector || matches(peer.podSelector, pod.labels))
    );
  if (peer.podSelector) return pod.namespace === policyNs && matches(peer.podSelector, pod.labels);
  return false;
}

/** Kubernetes' rule: denied when a policy selects the target, allowed when any of them admits the source. */
function mayReach(from: { namespace: string; labels: Record<string, string> }, to: string): boolean {
  const target = named('Deployment', to).spec.template.metadata.labels as Record<string, string>;
  const policies = all('NetworkPolicy').filter(
    (p) =>
      (p.spec.policyTypes as string[]).includes('Ingress') &&
      Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([k, v]) => target[k] === v),
  );
  expect(policies.length).toBeGreaterThan(0); // default-deny selects everything
  return policies.some((p) =>
    ((p.spec.ingress ?? []) as Obj[]).some((rule) =>
      (rule.from as Obj[]).some((peer) => peerMatches(peer, from, kustomization.namespace)),
    ),
  );
}

describe('network policies', () => {
  const pod = (name: string) => ({
    namespace: 'voicegraph',
    labels: named('Deployment', name).spec.template.metadata.labels,
  });
  const outside = (namespace: string) => ({ namespace, labels: { app: 'anything' } });

  test.each(SUBGRAPHS)('%s: the gateway reaches it, other subgraphs, the board and other namespaces do not', (name) => {
    expect(mayReach(pod('gateway'), name)).toBe(true);
    for (const other of SUBGRAPHS.filter((s) => s !== name)) expect(mayReach(pod(other), name)).toBe(false);
    expect(mayReach(pod('board'), name)).toBe(false);
    expect(mayReach(outside('default'), name)).toBe(false);
    expect(mayReach(outside('ingress-nginx'), name)).toBe(false);
  });

  test.each(PROCESSES)('%s: only the monitoring namespace scrapes it from outside the app', (name) => {
    expect(mayReach(outside('monitoring'), name)).toBe(true);
    expect(mayReach(outside('kube-system'), name)).toBe(false);
  });

  test('the ingress controller reaches the gateway, nothing else outside does', () => {
    expect(mayReach(outside('ingress-nginx'), 'gateway')).toBe(true);
    expect(mayReach(outside('default'), 'gateway')).toBe(false);
    expect(mayReach(pod('people'), 'gateway')).toBe(false);
  });

  test('the Ingress routes /graphql alone, over TLS, to the gateway (so /metrics stays inside)', () => {
    const ingress = named('Ingress', 'gateway');
    expect(ingress.spec.tls.length).toBeGreaterThan(0);
    const paths = (ingress.spec.rules as Obj[]).flatMap((r) => r.http.paths as Obj[]);
    expect(paths).toEqual([
      { path: '/graphql', pathType: 'Exact', backend: { service: { name: 'gateway', port: { name: 'http' } } } },
    ]);
  });

  test('the board: only the ingress controller reaches it; it alone of the pods reaches the gateway', () => {
    expect(mayReach(outside('ingress-nginx'), 'board')).toBe(true);
    for (const from of [outside('default'), outside('monitoring'), pod('gateway'), pod('people')])
      expect(mayReach(from, 'board')).toBe(false);
    expect(mayReach(pod('board'), 'gateway')).toBe(true);
  });

  test('the board sends only to the gateway (and DNS to find it): no database, Kafka, subgraph or internet', () => {
    const labels = named('Deployment', 'board').spec.template.metadata.labels as Record<string, string>;
    const egress = all('NetworkPolicy')
      .filter(
        (p) =>
          (p.spec.policyTypes as string[]).includes('Egress') &&
          Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([k, v]) => labels[k] === v),
      )
      .flatMap((p) => (p.spec.egress ?? []) as Obj[]);
    expect(egress.length).toBeGreaterThan(0);
    for (const rule of egress) {
      // A rule without `to` would allow every destination.
      expect(rule.to?.length).toBeGreaterThan(0);
      for (const peer of rule.to as Obj[]) {
        const toGateway =
          peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'gateway' && !peer.namespaceSelector;
        const toDns = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system';
        expect(toGateway || toDns).toBe(true);
        const ports = (rule.ports as Obj[]).map((p) => p.port);
        expect(ports).toEqual(toGateway ? [4000] : [53, 53]);
      }
    }
  });

  test('the Ingress routes /board to the board over the same TLS host, and the feed links use that origin', () => {
    const ingress = named('Ingress', 'board');
    const gateway = named('Ingress', 'gateway');
    expect(ingress.spec.tls).toEqual(gateway.spec.tls);
    const host = gateway.spec.rules[0].host as string;
    expect(ingress.spec.rules.map((r: Obj) => r.host)).toEqual([host]);
    const paths = (ingress.spec.rules as Obj[]).flatMap((r) => r.http.paths as Obj[]);
    expect(paths).toEqual([
      { path: '/board', pathType: 'Prefix', backend: { service: { name: 'board', port: { name: 'http' } } } },
    ]);
    const env = podSpec('board').containers[0].env as Obj[];
    expect(env.find((e) => e.name === 'BOARD_PUBLIC_URL')?.value).toBe(`https://${host}`);
  });
});

describe('TLS to Postgres and Kafka', () => {
  const config = named('ConfigMap', 'voicegraph-config').data as Record<string, string>;

  test.each(SUBGRAPHS)('%s: its production settings pass validation, with verify-full and Kafka TLS/SASL', (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vg-ca-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const container = podSpec(name).containers[0];
    const mounts = Object.fromEntries((container.volumeMounts as Obj[]).map((m) => [m.name, m.mountPath]));
    // The CA files the ConfigMap names are where the pod mounts the CA Secrets.
    expect(path.dirname(config.DATABASE_SSL_CA_FILE)).toBe(mounts['postgres-ca']);
    expect(path.dirname(config.KAFKA_SSL_CA_FILE)).toBe(mounts['kafka-ca']);
    const volumes = Object.fromEntries((podSpec(name).volumes as Obj[]).map((v) => [v.name, v.secret?.secretName]));
    expect(volumes['postgres-ca']).toBe('voicegraph-postgres-ca');
    expect(volumes['kafka-ca']).toBe('voicegraph-kafka-ca');
    for (const file of ['pg.crt', 'kafka.crt']) writeFileSync(path.join(dir, file), pem);
    const databaseUrl = named('Secret', 'voicegraph-database').stringData[name] as string;
    const env = {
      ...config,
      DATABASE_SSL_CA_FILE: path.join(dir, 'pg.crt'),
      KAFKA_SSL_CA_FILE: path.join(dir, 'kafka.crt'),
      DATABASE_URL: databaseUrl,
      KAFKA_SASL_USERNAME: `voicegraph-${name}`,
      KAFKA_SASL_PASSWORD: 'from-the-secret',
      VOICEGRAPH_JWT_SECRET: 'x'.repeat(40),
      VOICEGRAPH_ERASURE_KEY: 'y'.repeat(40),
    };
    const loaded = loadServiceConfig(name as 'people', env);
    expect(loaded.databaseTls).toMatchObject({ rejectUnauthorized: true, ca: pem });
    expect(loaded.kafkaSecurity.ssl).toMatchObject({ rejectUnauthorized: true, ca: pem });
    expect(loaded.kafkaSecurity.sasl).toMatchObject({ mechanism: 'scram-sha-512', username: `voicegraph-${name}` });
    expect(loaded.topics).toEqual({ partitions: 3, replicationFactor: 3, minInsyncReplicas: 2 });
    const envNames = (container.env as Obj[]).map((e) => e.name);
    expect(envNames).toEqual(expect.arrayContaining(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']));
  });
});

describe('Kafka topics for Strimzi', () => {
  const topics = parseAllDocuments(readFileSync(KAFKA_TOPICS_PATH, 'utf8')).map((d) => d.toJS() as Obj);

  test('k8s/kafka-topics/topics.yaml is what `npm run compose` generates', () => {
    expect(readFileSync(KAFKA_TOPICS_PATH, 'utf8')).toBe(buildKafkaTopics());
  });

  test('every topic of the event catalogue is declared with three copies, two in sync and the retention', () => {
    expect(topics.map((t) => t.spec.topicName).sort()).toEqual(catalogueTopics());
    expect(catalogueTopics().length).toBeGreaterThan(0);
    const retention = named('ConfigMap', 'voicegraph-config').data as Record<string, string>;
    for (const topic of topics) {
      expect(topic).toMatchObject({ apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'KafkaTopic' });
      expect(topic.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(topic.metadata.labels['strimzi.io/cluster']).toBe('voicegraph-kafka');
      expect(topic.spec).toMatchObject({ partitions: 3, replicas: 3 });
      expect(topic.spec.config).toMatchObject({
        'min.insync.replicas': '2',
        'cleanup.policy': 'delete',
        'retention.ms': retention.KAFKA_TOPIC_RETENTION_MS,
        'segment.ms': retention.KAFKA_TOPIC_SEGMENT_MS,
      });
    }
  });
});

describe('kustomize', () => {
  test('when kustomize is installed, it builds both kustomizations to the objects listed here', () => {
    let kustomize: string | undefined;
    try {
      kustomize = execFileSync('sh', ['-c', 'command -v kustomize'], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      kustomize = undefined;
    }
    // Not on the development machines (no binary from outside the package registries); the
    // objects above are validated either way.
    const expected = docs.map((d) => `${d.kind}/${d.metadata.name}`).sort();
    expect(new Set(expected).size).toBe(expected.length);
    if (!kustomize) return;
    const built = parseAllDocuments(execFileSync(kustomize, ['build', K8S], { encoding: 'utf8' })).map(
      (d) => d.toJS() as Obj,
    );
    expect(built.map((d) => `${d.kind}/${d.metadata.name}`).sort()).toEqual(expected);
    for (const doc of built.filter((d) => d.kind !== 'Namespace')) expect(doc.metadata.namespace).toBe('voicegraph');
    execFileSync(kustomize, ['build', path.join(K8S, 'kafka-topics')]);
  });
});
