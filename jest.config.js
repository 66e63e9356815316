/**
 * Projects: `unit` (pure logic, no I/O), `integration` (one service on the real Postgres and
 * Kafka), `e2e` (scenarios that span services, in e2e/) and `redteam` (attacks on the real stack).
 * All but unit share one database and one broker, so the whole run is --runInBand.
 */
const tsJest = ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }];
const moduleNameMapper = {
  '^@voicegraph/platform$': '<rootDir>/services/platform/src',
  '^@voicegraph/platform/(.*)$': '<rootDir>/services/platform/src/$1',
  '^@voicegraph/testkit$': '<rootDir>/testkit',
  // Heavy helpers (the browser: playwright-core takes ~2 s to load) are not in the index: import them by path.
  '^@voicegraph/testkit/(.*)$': '<rootDir>/testkit/$1',
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
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'redteam',
      testMatch: ['<rootDir>/**/test/redteam/**/*.redteam.test.ts'],
      globalSetup: '<rootDir>/tools/test/global-setup.ts',
      globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
    },
  ],
};
