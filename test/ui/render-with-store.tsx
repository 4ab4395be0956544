/** Renders a component with a fresh store holding the worked example (or a given model). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { createAppStore, type AppStore } from '../../src/state/app-store';
import { AppStoreProvider } from '../../src/state/store-context';

export function workedExample(): ModelFile {
  const json: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
  );
  const read = readModel(json);
  if (!read.ok) throw new Error('worked example is invalid');
  return writeModelFile(read.model);
}

export function renderWithStore(
  ui: ReactElement,
  file: ModelFile = workedExample(),
): ReturnType<typeof render> & { store: AppStore } {
  const store = createAppStore({ file });
  const rendered = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return { ...rendered, store };
}
