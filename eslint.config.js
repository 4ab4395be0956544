// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Browser and framework names the engine must never touch: it runs in Node, workers and tests alike. */
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
].map((name) => ({ name, message: 'src/model is pure TypeScript: no browser APIs.' }));

const frameworkPackages = [
  'react',
  'react-dom',
  'zustand',
  'recharts',
  'react/*',
  'react-dom/*',
  'zustand/*',
  'recharts/*',
];

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
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
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
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworkPackages,
              message: 'The engine imports no React, Zustand or Recharts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...engineForbiddenGlobals] },
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
