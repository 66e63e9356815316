import { ConfigError } from '../../src/config/env';
import { DEV_JWT_SECRET, loadServiceConfig } from '../../src/config/service-config';

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
      }),
    ).not.toThrow();
  });
});
