// ESLint holds the rules that catch real bugs; Prettier holds the layout (eslint-config-prettier
// turns off every stylistic rule so the two never disagree).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    // Tests read GraphQL answers, which are untyped JSON.
    files: ['**/test/**/*.ts', 'testkit/**/*.ts'],
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
