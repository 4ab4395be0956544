/**
 * Proves the boundaries that the lint and the engine's own type-check hold. For each boundary a scratch file
 * that breaks it is reported by the rule that guards it, and files that keep every rule report nothing.
 * Scratch files go in temporary folders inside src/ and test/, so the config's globs apply to them exactly
 * as to real files, and are removed afterwards.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const scratch = `lint-scratch-${String(process.pid)}`;
const scratchFolders = [
  'src/model',
  'src/cli',
  'src/persistence',
  'src/export',
  'src/ui/results',
  'src/ui/shared',
  'test/lint',
].map((folder) => path.join(root, folder, scratch));

/** A real module of the inputs area, found on disk, for a sibling area to reach into. */
const inputsModule = readdirSync(path.join(root, 'src/ui/inputs'))
  .filter((name) => name.endsWith('.ts'))
  .sort()[0]
  ?.replace(/\.ts$/, '');
/** A real module of the results area, for ui/shared to reach into. */
const resultsModule = readdirSync(path.join(root, 'src/ui/results'))
  .filter((name) => name.endsWith('.ts'))
  .sort()[0]
  ?.replace(/\.ts$/, '');

type Breach = { what: string; file: string; source: string; rule: string; says: string };

const framework = 'import no React, Zustand or Recharts';
const door = 'the one door to decimal.js';
const engine = 'no browser or Node APIs';
const deterministic = 'The engine is deterministic';

const breaches: Breach[] = [
  // React, Zustand and Recharts stay out of the engine, the CLI and persistence, in .ts and .tsx alike.
  ...[
    ['src/model', 'engine-hook.tsx', 'react'],
    ['src/model', 'engine-store.ts', 'zustand/vanilla'],
    ['src/cli', 'cli-chart.tsx', 'recharts'],
    ['src/cli', 'cli-render.ts', 'react-dom/client'],
    ['src/persistence', 'codec-hook.tsx', 'react'],
    ['src/persistence', 'codec-store.ts', 'zustand'],
    ['src/export', 'sheet-chart.tsx', 'recharts'],
  ].map(([layer = '', name = '', pkg = '']) => ({
    what: `${pkg} in ${layer}/${name}`,
    file: `${layer}/${scratch}/${name}`,
    source: `import * as framework from '${pkg}';\n\nexport const used = framework;\n`,
    rule: 'no-restricted-imports',
    says: framework,
  })),
  // Exports are built from the engine alone.
  {
    what: 'src/export importing the store',
    file: `src/export/${scratch}/reaches-state.ts`,
    source: "import * as state from '../../state/app-store';\n\nexport const used = state;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'built from the engine alone',
  },
  // A screen area imports ui/shared, never a sibling; ui/shared imports no area.
  {
    what: 'the results area importing the inputs area',
    file: `src/ui/results/${scratch}/reaches-inputs.ts`,
    source: `import * as inputs from '../../inputs/${inputsModule ?? ''}';\n\nexport const used = inputs;\n`,
    rule: 'import-x/no-restricted-paths',
    says: 'never a sibling area',
  },
  {
    what: 'ui/shared importing the results area',
    file: `src/ui/shared/${scratch}/reaches-results.ts`,
    source: `import * as results from '../../results/${resultsModule ?? ''}';\n\nexport const used = results;\n`,
    rule: 'import-x/no-restricted-paths',
    says: 'ui/shared imports no screen area',
  },
  // decimal.js only through src/model/decimal.ts.
  ...['src/model', 'src/ui/results', 'test/lint'].map((folder) => ({
    what: `decimal.js in ${folder}`,
    file: `${folder}/${scratch}/direct-decimal.ts`,
    source: "import Decimal from 'decimal.js';\n\nexport const half = new Decimal('0.5');\n",
    rule: 'no-restricted-imports',
    says: door,
  })),
  // The engine reaches no browser global, clock or random source.
  ...[
    [
      'local-storage.ts',
      "globalThis.localStorage.getItem('model')",
      'no-restricted-globals',
      engine,
    ],
    ['performance.ts', 'performance.now()', 'no-restricted-globals', engine],
    ['crypto.ts', 'crypto.randomUUID()', 'no-restricted-globals', engine],
    ['date-now.ts', 'Date.now()', 'no-restricted-properties', deterministic],
    ['math-random.ts', 'Math.random()', 'no-restricted-properties', deterministic],
    ['new-date.ts', 'new Date().getFullYear()', 'no-restricted-syntax', deterministic],
  ].map(([name = '', expression = '', rule = '', says = '']) => ({
    what: `${expression} in src/model`,
    file: `src/model/${scratch}/${name}`,
    source: `export const read = (): unknown => ${expression};\n`,
    rule,
    says,
  })),
  // kebab-case file names and named exports, in src/ and test/ alike.
  ...[`src/ui/results/${scratch}/BadName.ts`, `test/lint/${scratch}/snake_name.ts`].map((file) => ({
    what: `the file name ${path.basename(file)}`,
    file,
    source: 'export const value = 1;\n',
    rule: 'project/kebab-case-file-names',
    says: 'is not kebab-case',
  })),
  ...[`src/ui/shared/${scratch}/default-export.ts`, `test/lint/${scratch}/default-export.ts`].map(
    (file) => ({
      what: `a default export in ${file.split('/')[0] ?? ''}/`,
      file,
      source: 'const value = 1;\n\nexport default value;\n',
      rule: 'import-x/no-default-export',
      says: 'Prefer named exports',
    }),
  ),
];

/** Files that keep every rule: each must lint with no message at all. */
const controls: { file: string; source: string }[] = [
  {
    file: `src/model/${scratch}/control.ts`,
    source: "import { Dec } from '../decimal';\n\nexport const half: Dec = new Dec(1).div(2);\n",
  },
  {
    // The CLI may use Node's own modules.
    file: `src/cli/${scratch}/control.ts`,
    source:
      "import { readFileSync } from 'node:fs';\n\nexport const readText = (file: string): string => readFileSync(file, 'utf8');\n",
  },
  {
    // A screen area may use React, ui/shared and the engine's door.
    file: `src/ui/results/${scratch}/control-view.tsx`,
    source: [
      "import { useState } from 'react';",
      "import { Dec } from '../../../model/decimal';",
      "import { cleanMoneyText } from '../../shared/input-text';",
      '',
      'export function ControlView({ text }: { text: string }) {',
      '  const [amount] = useState(() => new Dec(cleanMoneyText(text)));',
      '  return <p>{amount.toFixed(2)}</p>;',
      '}',
      '',
    ].join('\n'),
  },
  {
    file: `test/lint/${scratch}/control.ts`,
    source:
      "import { Dec } from '../../../src/model/decimal';\n\nexport const half = new Dec(1).div(2);\n",
  },
];

/** What the engine's door itself may say: it alone imports decimal.js. Linted as text, the file is untouched. */
const doorSource =
  "import DecimalBase from 'decimal.js';\n\nexport const Door = DecimalBase.clone({ precision: 34 });\n";

const messagesByFile = new Map<string, { rule: string | null; text: string }[]>();
let doorMessages: string[] = [];

beforeAll(async () => {
  for (const folder of scratchFolders) mkdirSync(folder, { recursive: true });
  for (const { file, source } of [...breaches, ...controls]) {
    writeFileSync(path.join(root, file), source);
  }
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(
    [...breaches, ...controls].map(({ file }) => path.join(root, file)),
  );
  for (const result of results) {
    messagesByFile.set(
      path.relative(root, result.filePath).split(path.sep).join('/'),
      result.messages.map((message) => ({ rule: message.ruleId, text: message.message })),
    );
  }
  const [door] = await eslint.lintText(doorSource, {
    filePath: path.join(root, 'src/model/decimal.ts'),
  });
  doorMessages =
    door?.messages.map((message) => `${message.ruleId ?? ''}: ${message.message}`) ?? [];
}, 180_000);

afterAll(() => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

describe('the lint', () => {
  it.each(breaches)('reports $what', ({ file, rule, says }) => {
    const messages = messagesByFile.get(file) ?? [];
    expect(messages.filter((message) => message.rule === rule).map(({ text }) => text)).toEqual(
      expect.arrayContaining([expect.stringContaining(says)]),
    );
  });

  it.each(controls)('reports nothing in $file', ({ file }) => {
    expect(messagesByFile.get(file)).toEqual([]);
  });

  it('lets the engine’s door, src/model/decimal.ts, import decimal.js', () => {
    expect(doorMessages).toEqual([]);
  });
});

describe('the engine’s own type-check (src/model/tsconfig.json)', () => {
  const browserFile = `src/model/${scratch}/browser-globals.ts`;
  const browserSource = [
    'export const width = (): number => window.innerWidth;',
    'export const title = (): string => document.title;',
    "export const saved = (): string | null => localStorage.getItem('model');",
    '',
  ].join('\n');

  function diagnosticsFor(files: string[]): Map<string, string[]> {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(root, 'src/model/tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      },
    );
    if (parsed === undefined) throw new Error('src/model/tsconfig.json could not be read');
    // The scratch files must be part of the engine's project, not merely compiled with its options.
    for (const file of files) expect(parsed.fileNames).toContain(path.join(root, file));
    const program = ts.createProgram({
      rootNames: files.map((file) => path.join(root, file)),
      options: parsed.options,
    });
    return new Map(
      files.map((file) => [
        file,
        ts
          .getPreEmitDiagnostics(program, program.getSourceFile(path.join(root, file)))
          .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
      ]),
    );
  }

  it('fails to compile window, document and localStorage, and compiles a pure engine file', () => {
    writeFileSync(path.join(root, browserFile), browserSource);
    const controlFile = `src/model/${scratch}/control.ts`;
    const diagnostics = diagnosticsFor([browserFile, controlFile]);
    // TypeScript may add a hint about the 'lib' option after the message itself.
    expect(diagnostics.get(browserFile)).toEqual([
      expect.stringMatching(/^Cannot find name 'window'\./),
      expect.stringMatching(/^Cannot find name 'document'\./),
      expect.stringMatching(/^Cannot find name 'localStorage'\./),
    ]);
    expect(diagnostics.get(controlFile)).toEqual([]);
  });
});
