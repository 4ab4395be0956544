// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;

/** Browser, Node, clock and timer names the engine must never touch: it runs in Node, workers and tests alike. */
const engineForbiddenGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'fetch',
  'XMLHttpRequest',
  'history',
  'globalThis',
  'self',
  'performance',
  'crypto',
  'process',
  'setTimeout',
  'setInterval',
  'queueMicrotask',
].map((name) => ({
  name,
  message: 'src/model is pure TypeScript: no browser or Node APIs, no clocks, no randomness.',
}));

/** Same inputs, same results: the engine reads no clock and draws no random numbers. */
const nondeterminism = 'The engine is deterministic: pass dates and random draws in as inputs.';

/** React, Zustand and Recharts stay above persistence: the engine, the CLI and codecs run without them. */
const frameworkImports = {
  group: [
    'react',
    'react-dom',
    'zustand',
    'recharts',
    'react/*',
    'react-dom/*',
    'zustand/*',
    'recharts/*',
  ],
  message:
    'src/model, src/cli, src/persistence and src/export import no React, Zustand or Recharts.',
};

/** decimal.js comes in through one door, so every Dec carries the same precision and rounding. */
const decimalImports = {
  group: ['decimal.js', 'decimal.js/*'],
  message: 'Import Dec and the money helpers from src/model/decimal, the one door to decimal.js.',
};

/** The engine also runs in browsers and workers, so it takes nothing from Node. */
const nodeImports = { group: ['node:*'], message: 'src/model imports no Node modules.' };

/** Screen areas are the folders of src/ui other than shared, read from disk so a new area is covered at once. */
const uiAreas = readdirSync(path.join(root, 'src', 'ui'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

/** A name under src/ or test/: lower-case words joined by hyphens, with dotted suffixes (`editing.e2e.ts`). */
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** @type {import('eslint').Rule.RuleModule} */
const kebabCaseFileNames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File and folder names under src/ and test/ are kebab-case.' },
    schema: [],
    messages: {
      notKebabCase: '"{{name}}" is not kebab-case (lower-case words joined by hyphens).',
    },
  },
  create(context) {
    return {
      Program(node) {
        const relative = path.relative(root, context.filename);
        const badName = relative.split(path.sep).find((name) => !kebabCase.test(name));
        if (badName !== undefined) {
          context.report({ node, messageId: 'notKebabCase', data: { name: badName } });
        }
      },
    };
  },
};

/** Rules that only this project needs, kept here rather than in a package. */
const projectPlugin = { rules: { 'kebab-case-file-names': kebabCaseFileNames } };

const sourceAndTests = ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx,mjs}'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'eslint.config.js',
      'public/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, project: projectPlugin },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // Dependencies point one way: model ← persistence ← state ← ui ← app.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './src/model',
              from: ['./src/persistence', './src/state', './src/ui', './src/app', './src/cli'],
              message: 'The engine depends on nothing above it.',
            },
            {
              target: './src/persistence',
              from: ['./src/state', './src/ui', './src/app', './src/cli'],
              message: 'Persistence sits just above the engine.',
            },
            {
              target: './src/state',
              from: ['./src/ui', './src/app', './src/cli'],
              message: 'State does not know about components.',
            },
            {
              target: './src/ui',
              from: ['./src/app', './src/cli'],
              message: 'Nothing imports app/.',
            },
            {
              target: './src/cli',
              from: ['./src/persistence', './src/state', './src/ui', './src/app'],
              message: 'The CLI is built on the engine alone.',
            },
            {
              target: './src/export',
              from: ['./src/persistence', './src/state', './src/ui', './src/app', './src/cli'],
              message: 'Exports (workbook, CSV rows) are built from the engine alone.',
            },
            ...uiAreas.map((area) => ({
              target: `./src/ui/${area}`,
              from: './src/ui',
              except: [`./${area}`, './shared'],
              message: 'A screen area imports ui/shared, never a sibling area.',
            })),
            {
              target: './src/ui/shared',
              from: uiAreas.map((area) => `./src/ui/${area}`),
              message: 'ui/shared imports no screen area.',
            },
          ],
        },
      ],
    },
  },
  {
    files: sourceAndTests,
    rules: {
      'no-restricted-imports': ['error', { patterns: [decimalImports] }],
      'import-x/no-default-export': 'error',
      'project/kebab-case-file-names': 'error',
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}', 'src/persistence/**/*.{ts,tsx}', 'src/export/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworkImports, decimalImports] }],
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}'],
    ignores: ['src/model/decimal.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [frameworkImports, decimalImports, nodeImports] },
      ],
    },
  },
  {
    files: ['src/model/decimal.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworkImports, nodeImports] }],
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...engineForbiddenGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: nondeterminism },
        { object: 'Math', property: 'random', message: nondeterminism },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: nondeterminism,
        },
        { selector: "CallExpression[callee.name='Date']", message: nondeterminism },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
