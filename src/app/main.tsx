import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import workedExample from '../../public/examples/worked-example.json';
import type { ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import { writeModelFile } from '../model/write-model';
import { createAppStore } from '../state/app-store';
import { AppStoreProvider } from '../state/store-context';
import { browserStorage } from '../persistence/local-storage';
import { EMBEDDED_MODEL_ID, readEmbeddedModel } from '../persistence/offline-copy';
import { App } from './app';
import { chooseStartingModel, forgetModelFragment } from './start-up';
import { currentTabId, newTabId, rememberTabId } from './tab-id';
import { createWorkerCalculator } from './worker-calculator';
import './styles.css';

/** The worked example, checked like any other model before the app opens it. */
function exampleModel(): ModelFile {
  const read = readModel(workedExample);
  if (!read.ok)
    throw new Error(`The worked example is invalid: ${read.problems[0]?.message ?? ''}`);
  return writeModelFile(read.model);
}

const embedded = readEmbeddedModel(document.getElementById(EMBEDDED_MODEL_ID)?.textContent);
const startUp = chooseStartingModel(window.location.href, exampleModel(), embedded, {
  storage: browserStorage(),
  tabId: currentTabId(),
  newTabId: () => newTabId(),
  now: new Date(),
});
rememberTabId(startUp.tabId);
forgetModelFragment();
const store = createAppStore({
  file: startUp.file,
  session: {
    notice: startUp.notice,
    pendingReplacement: startUp.pending,
    savedModel: startUp.savedModel,
    methodChange: startUp.methodChange,
  },
  calculator: createWorkerCalculator(),
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App startUp={startUp} />
      </AppStoreProvider>
    </StrictMode>,
  );
}
