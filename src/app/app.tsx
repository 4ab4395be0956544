import { useEffect, useState } from 'react';
import type { ModelStore } from '../state/model-store';
import { ModelStoreProvider } from '../state/store-context';
import { AppHeader } from './app-header';
import { Navigation } from './navigation';
import { ScreenView } from './screen-view';
import { isScreenId, type ScreenId } from './screens';
import { useUndoShortcuts } from './use-undo-shortcuts';

function screenFromSearch(): ScreenId {
  const requested = new URLSearchParams(window.location.search).get('screen') ?? '';
  return isScreenId(requested) ? requested : 'setup';
}

export function App({ store }: { store: ModelStore }) {
  const [screen, setScreen] = useState<ScreenId>(screenFromSearch);
  const [isProjector, setProjector] = useState(false);
  useUndoShortcuts(store);
  useEffect(() => {
    document.documentElement.classList.toggle('projector', isProjector);
  }, [isProjector]);
  return (
    <ModelStoreProvider store={store}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader isProjector={isProjector} onProjectorChange={setProjector} />
      <div className="layout">
        <Navigation current={screen} onChange={setScreen} />
        <main id="main" tabIndex={-1} className="main">
          <ScreenView screen={screen} onNavigate={setScreen} />
        </main>
      </div>
    </ModelStoreProvider>
  );
}
