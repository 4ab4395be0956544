import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import workedExample from '../../public/examples/worked-example.json';
import type { ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import { writeModelFile } from '../model/write-model';
import { createModelStore } from '../state/model-store';
import { createSessionStore } from '../state/session-store';
import { EMBEDDED_MODEL_ID, readEmbeddedModel } from '../persistence/offline-copy';
import { App } from './app';
import { chooseStartingModel, forgetModelFragment } from './start-up';
import './styles.css';

/** The worked example, checked like any other model before the app opens it. */
function exampleModel(): ModelFile {
  const read = readModel(workedExample);
  if (!read.ok)
    throw new Error(`The worked example is invalid: ${read.problems[0]?.message ?? ''}`);
  return writeModelFile(read.model);
}

const embedded = readEmbeddedModel(document.getElementById(EMBEDDED_MODEL_ID)?.textContent);
const startUp = chooseStartingModel(window.location.href, exampleModel(), embedded);
forgetModelFragment();
const session = createSessionStore();
session.setState({
  notice: startUp.notice,
  pendingReplacement: startUp.pending,
  savedModel: startUp.savedModel,
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={createModelStore(startUp.file)} session={session} />
    </StrictMode>,
  );
}
