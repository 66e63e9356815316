// ESLint holds the rules that catch real bugs; Prettier holds the layout (eslint-config-prettier
// turns off every stylistic rule so the two never disagree).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SERVICES = ['people', 'consultations', 'governance', 'feedback', 'platform'];
const crossServiceMessage =
  'A test imports only its own service, @voicegraph/platform and @voicegraph/testkit: start a peer by name ' +
  "(startStack(['people', ...])) and put scenarios that span services in e2e/.";

/** A service's tests may not reach into another service, the gateway, tools or bench by path or by package. */
const ownServiceOnly = (own) => ({
  files: [`services/${own}/test/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(services/)?(${SERVICES.filter((s) => s !== own).join('|')}|gateway|tools|bench|e2e)/`,
            message: crossServiceMessage,
          },
          { regex: `^@voicegraph/(?!platform$|testkit($|/))`, message: crossServiceMessage },
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', '.data/**', 'coverage/**', '.artifacts/**', 'schema/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits hides its failure; `void` says it is deliberate.
      'no-async-promise-executor': 'error',
      'no-promise-executor-return': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constant-binary-expression': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-return-assign': 'error',
      'no-throw-literal': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as' }],
    },
  },
  {
    // Domain rules are plain functions: no I/O, so they are testable without a database or broker.
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['typeorm', 'kafkajs', 'pg', 'node:fs', 'fs', 'node:http', 'http', 'node:net', 'net'].map((name) => ({
            name,
            message: 'domain/ holds pure rules: do I/O in commands, handlers or resolvers.',
          })),
          patterns: [
            {
              group: ['**/entities/*', '**/db/*', '**/outbox/*'],
              message: 'domain/ holds pure rules: no persistence.',
            },
          ],
        },
      ],
    },
  },
  ...SERVICES.map(ownServiceOnly),
  {
    // The gateway's and tools' tests reach services only through the platform package and testkit.
    files: ['gateway/test/**/*.ts', 'tools/test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(services|e2e|bench)/', message: crossServiceMessage },
            { regex: '^@voicegraph/(?!platform$|testkit($|/)|tools($|/))', message: crossServiceMessage },
          ],
        },
      ],
    },
  },
  {
    // Scenarios start services by name through testkit and never borrow a service's test helpers.
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+services/[^/]+/test/', message: 'Shared test helpers live in testkit/.' }] },
      ],
    },
  },
  {
    // Tests read GraphQL answers, which are untyped JSON.
    files: ['**/test/**/*.ts', 'testkit/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The bench and the city generator load a built service by name at run time.
    files: ['bench/src/analytics-sql.ts', 'bench/src/service-definition.ts', 'tools/src/scale/seed-scale.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
