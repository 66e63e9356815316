/**
 * Projects: `unit` (pure logic, no I/O), `integration` (one service on the real Postgres and
 * Kafka), `e2e` (scenarios that span services, in e2e/), `redteam` (attacks on the real stack),
 * `security` (hostile requests against the real stack) and `faults` (brokers, databases and
 * services killed under load on the real stack).
 * All but unit share one database and one broker, so the whole run is --runInBand.
 */
const tsJest = ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }];
const moduleNameMapper = {
  '^@voicegraph/platform$': '<rootDir>/services/platform/src',
  '^@voicegraph/platform/(.*)$': '<rootDir>/services/platform/src/$1',
  '^@voicegraph/events$': '<rootDir>/packages/events/src',
  '^@voicegraph/testkit$': '<rootDir>/testkit',
  // Heavy helpers (the browser: playwright-core takes ~2 s to load) are not in the index: import them by path.
  '^@voicegraph/testkit/(.*)$': '<rootDir>/testkit/$1',
  '^@voicegraph/web/(.*)$': '<rootDir>/web/src/$1',
};
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.cache/', '<rootDir>/.data/'],
};
module.exports = {
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tools/test/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/e2e/faults/'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'redteam',
      // Attacks on the privacy rules (issue 13): per service, and across services in redteam/.
      testMatch: ['<rootDir>/**/test/redteam/**/*.redteam.test.ts', '<rootDir>/redteam/test/**/*.test.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
    {
      // Faults on the real stack (a broker of a three-node cluster killed, Postgres crashed, a
      // subgraph and a gateway worker killed -9, each under load): slower, so a project of its own.
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/e2e/faults/**/*.test.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
    {
      // Hostile requests on the real stack (docs/operations.md, "Safe at the edge").
      ...common,
      displayName: 'security',
      testMatch: ['<rootDir>/**/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
  ],
};
