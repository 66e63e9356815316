import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/config/env';
import { DEV_ERASURE_KEY, DEV_JWT_SECRET, loadServiceConfig } from '../../src/config/service-config';

/** Production verifies Postgres TLS against a CA file (DATABASE_SSL_MODE=verify-full). */
function postgresCa(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vg-config-')), 'ca.crt');
  writeFileSync(file, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
  return file;
}

describe('service configuration', () => {
  it('has safe local defaults', () => {
    const config = loadServiceConfig('people', {});
    expect(config).toMatchObject({
      port: 4001,
      kafkaBrokers: ['127.0.0.1:19092'],
      databaseUrl: 'postgres://vg_people:vg_people@127.0.0.1:5432/voicegraph',
    });
    expect(config.auth.secret).toBe(DEV_JWT_SECRET);
  });

  it('lists every invalid variable at once, by name', () => {
    try {
      loadServiceConfig('people', { PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'DATABASE_URL must use postgres: or postgresql: (got "mysql:")',
        'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent (got "loud")',
      ]);
    }
  });

  it('refuses the development secret, and a missing database, in production', () => {
    expect(() => loadServiceConfig('people', { NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL is required[\s\S]*VOICEGRAPH_JWT_SECRET must be set/,
    );
    expect(() =>
      loadServiceConfig('people', {
        NODE_ENV: 'production',
        VOICEGRAPH_JWKS_URL: 'https://id.example.org/jwks',
        DATABASE_URL: 'postgres://a@b/c',
        DATABASE_SSL_CA_FILE: postgresCa(),
        VOICEGRAPH_ERASURE_KEY: 'a-real-erasure-key-from-the-secret-store',
      }),
    ).not.toThrow();
  });

  it('refuses the development erasure key in production, and a short one anywhere', () => {
    const production = {
      NODE_ENV: 'production',
      VOICEGRAPH_JWKS_URL: 'https://id.example.org/jwks',
      DATABASE_URL: 'postgres://a@b/c',
    };
    expect(() => loadServiceConfig('people', production)).toThrow(/VOICEGRAPH_ERASURE_KEY must be set/);
    expect(() => loadServiceConfig('feedback', { VOICEGRAPH_ERASURE_KEY: 'short' })).toThrow(
      /VOICEGRAPH_ERASURE_KEY must be at least 32 characters/,
    );
    expect(loadServiceConfig('governance', {}).erasureKey).toBe(DEV_ERASURE_KEY);
  });
});
