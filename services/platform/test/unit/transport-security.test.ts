import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadServiceConfig } from '../../src';

const dir = mkdtempSync(path.join(tmpdir(), 'vg-tls-'));
const CA = path.join(dir, 'ca.crt');
const KEY = path.join(dir, 'client.key');
const NOT_PEM = path.join(dir, 'notes.txt');
writeFileSync(CA, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
writeFileSync(KEY, '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n');
writeFileSync(NOT_PEM, 'hello');

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://vg_people:secret@db.internal:5432/voicegraph',
  DATABASE_SSL_CA_FILE: CA,
  VOICEGRAPH_JWT_SECRET: 'a'.repeat(40),
  VOICEGRAPH_ERASURE_KEY: 'b'.repeat(40),
};

function problems(env: Record<string, string>): string[] {
  try {
    loadServiceConfig('people', env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('topics are declared with their copies, no silent single copy outside development', () => {
  test('local development keeps one copy by default', () => {
    expect(loadServiceConfig('people', {}).topics).toEqual({
      partitions: 3,
      replicationFactor: 1,
      minInsyncReplicas: 1,
    });
  });

  test('production defaults to three copies and two in sync', () => {
    expect(loadServiceConfig('people', PRODUCTION).topics).toEqual({
      partitions: 3,
      replicationFactor: 3,
      minInsyncReplicas: 2,
    });
  });

  test('production refuses a single copy or a single in-sync replica', () => {
    expect(problems({ ...PRODUCTION, KAFKA_TOPIC_REPLICATION_FACTOR: '1' }).join('\n')).toMatch(
      /KAFKA_TOPIC_REPLICATION_FACTOR must be at least 3/,
    );
    expect(problems({ ...PRODUCTION, KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '1' }).join('\n')).toMatch(
      /KAFKA_TOPIC_MIN_INSYNC_REPLICAS must be at least 2/,
    );
  });

  test('more in-sync replicas than copies is refused: no write could be acknowledged', () => {
    expect(problems({ KAFKA_TOPIC_REPLICATION_FACTOR: '2', KAFKA_TOPIC_MIN_INSYNC_REPLICAS: '3' }).join('\n')).toMatch(
      /must not exceed KAFKA_TOPIC_REPLICATION_FACTOR/,
    );
  });
});

describe('Postgres TLS is verified (verify-full with a CA file)', () => {
  test('production connects with verify-full and the CA from DATABASE_SSL_CA_FILE', () => {
    const tls = loadServiceConfig('people', PRODUCTION).databaseTls;
    expect(tls).toEqual({ rejectUnauthorized: true, ca: expect.stringContaining('BEGIN CERTIFICATE') });
  });

  test('production refuses no TLS, and verify-full without a CA file', () => {
    expect(problems({ ...PRODUCTION, DATABASE_SSL_MODE: 'disable', DATABASE_SSL_CA_FILE: '' }).join('\n')).toMatch(
      /DATABASE_SSL_MODE must be verify-full when NODE_ENV=production/,
    );
    expect(problems({ ...PRODUCTION, DATABASE_SSL_CA_FILE: '' }).join('\n')).toMatch(/needs DATABASE_SSL_CA_FILE/);
  });

  test('sslmode in the URL is refused: node-postgres would let it override the verified settings', () => {
    expect(problems({ ...PRODUCTION, DATABASE_URL: `${PRODUCTION.DATABASE_URL}?sslmode=require` }).join('\n')).toMatch(
      /DATABASE_URL must not carry sslmode/,
    );
  });

  test('a CA file that is missing or not PEM is named, its contents never shown', () => {
    const missing = problems({ ...PRODUCTION, DATABASE_SSL_CA_FILE: path.join(dir, 'nope.crt') }).join('\n');
    expect(missing).toMatch(/DATABASE_SSL_CA_FILE names .*nope\.crt, which cannot be read \(ENOENT\)/);
    const notPem = problems({ ...PRODUCTION, DATABASE_SSL_CA_FILE: NOT_PEM }).join('\n');
    expect(notPem).toMatch(/holds no PEM certificate/);
    expect(notPem).not.toContain('hello');
  });

  test('local development connects in plain text by default', () => {
    expect(loadServiceConfig('people', {}).databaseTls).toBeUndefined();
  });
});

describe('Kafka TLS and SASL', () => {
  test('none by default (the local broker)', () => {
    expect(loadServiceConfig('people', {}).kafkaSecurity).toEqual({});
  });

  test('TLS verified against the CA, mutual TLS with a client certificate, and SCRAM', () => {
    const security = loadServiceConfig('people', {
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: CA,
      KAFKA_SSL_CERT_FILE: CA,
      KAFKA_SSL_KEY_FILE: KEY,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'voicegraph-people',
      KAFKA_SASL_PASSWORD: 'pw',
    }).kafkaSecurity;
    expect(security.ssl).toMatchObject({ rejectUnauthorized: true, ca: expect.any(String), cert: expect.any(String) });
    expect(security.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'voicegraph-people', password: 'pw' });
  });

  test('a half-configured setting is refused with what is missing', () => {
    expect(problems({ KAFKA_SASL_MECHANISM: 'plain' }).join('\n')).toMatch(
      /needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD/,
    );
    expect(
      problems({ KAFKA_SASL_MECHANISM: 'kerberos', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }).join('\n'),
    ).toMatch(/KAFKA_SASL_MECHANISM must be one of plain, scram-sha-256, scram-sha-512/);
    expect(problems({ KAFKA_SSL_CERT_FILE: CA }).join('\n')).toMatch(/must be set together/);
    expect(problems({ KAFKA_SASL_USERNAME: 'u' }).join('\n')).toMatch(/need KAFKA_SASL_MECHANISM/);
  });

  test('production never sends a SASL password over a plain connection', () => {
    expect(
      problems({
        ...PRODUCTION,
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
      }).join('\n'),
    ).toMatch(/KAFKA_SASL_\* needs TLS/);
  });
});
