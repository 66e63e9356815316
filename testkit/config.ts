import {
  DEV_JWT_SECRET,
  loadServiceConfig,
  Role,
  ServiceConfig,
  ServiceName,
  signDevToken,
} from '@voicegraph/platform';

/** Config for a service under test: the test database (from globalSetup), the real broker, a free port. */
export function testServiceConfig(service: ServiceName, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  const databaseUrl = process.env[`VOICEGRAPH_TEST_${service.toUpperCase()}_DATABASE_URL`];
  if (!databaseUrl)
    throw new Error(
      `VOICEGRAPH_TEST_${service.toUpperCase()}_DATABASE_URL is not set: run integration tests through jest (globalSetup prepares it).`,
    );
  const config = loadServiceConfig(service, {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    VOICEGRAPH_JWT_SECRET: DEV_JWT_SECRET,
    OUTBOX_POLL_MS: '500',
  });
  return { ...config, ...overrides };
}

export const TEST_AUTH = { secret: DEV_JWT_SECRET, issuer: 'voicegraph', audience: 'voicegraph' };

export interface TokenFor {
  sub: string;
  roles: Role[];
  partnership?: string | null;
  orgs?: string[];
}

/** A signed HS256 token, as `npm run token` would make. */
export function tokenFor(claims: TokenFor, expiresIn = '1h'): Promise<string> {
  return signDevToken(TEST_AUTH, claims, expiresIn);
}
