import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import workedExample from '../../public/examples/worked-example.json';
import { readModel } from '../model/read-model';
import type { ModelFile } from '../model/model-file';
import { writeModelFile } from '../model/write-model';
import { createModelStore } from '../state/model-store';
import { App } from './app';
import './styles.css';

/** The worked example, checked like any other model before the app opens it. */
function initialModel(): ModelFile {
  const read = readModel(workedExample);
  if (!read.ok)
    throw new Error(`The worked example is invalid: ${read.problems[0]?.message ?? ''}`);
  return writeModelFile(read.model);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={createModelStore(initialModel())} />
    </StrictMode>,
  );
}
