// typescript-eslint's recommended rules (syntax only, fast enough for every `npm test`), plus the house
// rules of ARCHITECTURE.md that an import can break: a pure domain, adapters reached only from the
// composition root, botbuilder only in bot/.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ioPackages = [
  'node:*',
  'fs',
  'path',
  'restify',
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/*',
  'better-sqlite3',
  'react',
  'react-dom',
  '@fluentui/*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'tests/.artifacts/**', 'tests/fixtures/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-undef': 'off', // TypeScript checks names
    },
  },
  {
    files: ['tabs/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Tests and benchmarks poke at raw JSON answers; `any` there is the honest type.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioPackages, message: 'src/domain is pure: no I/O, framework or SDK imports.' },
            { group: ['../app/*', '../adapters/*', '../http/*', '../../bot/*'], message: 'src/domain imports only domain files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**', '**/http/**', '**/bot/**', 'restify', 'botbuilder', 'better-sqlite3', '@microsoft/*'],
              message: 'Use cases reach the outside through ports; adapters are picked in src/compose.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'tabs/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'botbuilder lives only in bot/.' }] },
      ],
    },
  },
);
