import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../state/app-store';
import { AppStoreProvider } from '../state/store-context';
import { createUncertaintyRuns } from '../state/uncertainty-runs';
import { UncertaintyRunsProvider } from '../state/uncertainty-runs-context';
import { browserStorage } from '../persistence/local-storage';
import { EMBEDDED_MODEL_ID, readEmbeddedModel } from '../persistence/offline-copy';
import { App } from './app';
import { exampleModel } from './example-model';
import { chooseStartingModel, forgetModelFragment } from './start-up';
import { currentTabId, newTabId, rememberTabId } from './tab-id';
import { createWorkerCalculator } from './worker-calculator';
import { createWorkerUncertaintyRunner } from './worker-uncertainty-runner';
import './styles.css';
// Each screen area's own styles, loaded once with the app (the policy allows no inline style sheets).
import '../ui/inputs/table-view.css';
import '../ui/meeting/meeting.css';
import '../ui/overview/overview.css';
import '../ui/results-panel/results-panel.css';
import '../ui/shared/range-input.css';
import '../ui/uncertainty/uncertainty.css';

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
// The "How sure" figures work in workers of their own, kept while someone moves between screens.
const uncertaintyRuns = createUncertaintyRuns(createWorkerUncertaintyRunner());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <UncertaintyRunsProvider runs={uncertaintyRuns}>
          <App startUp={startUp} />
        </UncertaintyRunsProvider>
      </AppStoreProvider>
    </StrictMode>,
  );
}
