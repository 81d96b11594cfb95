import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import werkbank from './lint/renderer-floors.js';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'url',
  'util',
  'child_process',
  'worker_threads',
  'stream',
  'events',
  'buffer',
  'zlib',
  'net',
];
const nodeModules = [...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

/** An import of engine/ other than its entry, engine/index.ts. */
const hostsUseEngineIndex = {
  regex: '(^|/)engine/(?!index$)',
  message: 'A host (cli/, serve/, electron/) imports the engine only through engine/index.',
};

/** The layering of docs/ARCHITECTURE.md §2, enforced: each part imports only what it may. */
const layering = [
  {
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/ may import electron.' }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/ may import electron.' },
            'better-sqlite3',
            'react',
            ...nodeBuiltins,
          ],
          patterns: [
            { group: ['node:*', ...nodeModules], message: 'shared/ runs everywhere: no Node modules.' },
            {
              group: ['**/engine/**', '**/renderer/**', '**/electron/**'],
              message: 'shared/ depends on nothing but itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'location',
        'HTMLElement',
        'Element',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/ may import electron.' },
            'better-sqlite3',
            ...nodeBuiltins,
          ],
          patterns: [
            { group: ['node:*', ...nodeModules], message: 'The renderer talks to the engine through window.api only.' },
            {
              group: ['**/engine/**', '**/electron/**', '**/test/**'],
              message: 'renderer/ imports only shared/ and itself.',
            },
          ],
        },
      ],
    },
  },
  // The hosts stand side by side over the engine's one entry: they import nothing else of engine/.
  {
    files: ['cli/**/*.ts', 'serve/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/ may import electron.' }],
          patterns: [hostsUseEngineIndex],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [hostsUseEngineIndex] }] },
  },
  // The engine imports only itself and shared/: never a host, the renderer, package.json or datasets/
  // (what it needs of those, the host gives it). Matched by how far an import climbs out of engine/.
  ...[1, 2, 3].map((depth) => ({
    files: [`engine/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/ may import electron.' }],
          patterns: [
            {
              regex: `^(\\.\\./){${depth}}(?!shared/)`,
              message:
                'engine/ imports only itself and shared/: never cli/, serve/, electron/, renderer/, package.json or datasets/.',
            },
          ],
        },
      ],
    },
  })),
];

/** The renderer's floors (lint/renderer-floors.js): lower floors never import features, features never each other. */
const rendererFloors = {
  files: ['renderer/src/**/*.{ts,tsx}'],
  plugins: { werkbank },
  rules: {
    'werkbank/renderer-floors': [
      'error',
      {
        root: 'renderer/src',
        // What many sections share. Everything else under renderer/src is a feature folder.
        floors: ['bridge', 'styles', 'i18n', 'stores', 'components', 'charts', 'profile'],
        // Who composes whom: the project view composes the sections, a section its views.
        composes: {
          project: ['analysis', 'codebook', 'coding', 'datasets', 'import', 'session'],
          analysis: ['coding-profile', 'crosstab'],
          coding: ['comparison'],
          session: ['presentation'],
        },
      },
    ],
  },
};

/**
 * One way to say a thing in two languages (docs/ARCHITECTURE.md §3): texts go into a message table and
 * `translate`, never into an inline choice on the language.
 */
const noLanguageTernaries = {
  files: ['{cli,serve,engine,shared,electron,renderer}/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector:
          "ConditionalExpression[test.type='BinaryExpression'][test.operator=/^[!=]==?$/][test.right.value=/^(nl|en)$/]",
        message:
          "No inline language choice (language === 'nl' ? … : …): put the texts in a message table and use translate() from shared/i18n/messages.",
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', '.electron-native/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layering,
  rendererFloors,
  noLanguageTernaries,
);
