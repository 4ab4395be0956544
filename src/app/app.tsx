import { useCallback, useEffect, useState } from 'react';
import type { ModelFile } from '../model/model-file';
import type { SavedModel } from '../persistence/browser-storage';
import type { SavedModelRef } from '../state/session-slice';
import { useAppStore, useSession } from '../state/store-context';
import { NoticeBanner } from '../ui/storage/notice-banner';
import { ReplaceDialog } from '../ui/storage/replace-dialog';
import { AppHeader } from './app-header';
import { Navigation } from './navigation';
import { ScreenView } from './screen-view';
import { isScreenId, type ScreenId } from './screens';
import { useAutosave } from './use-autosave';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { saveBeforeReplacing } from './save-before-replacing';
import { registerServiceWorker } from './service-worker';

function screenFromSearch(): ScreenId {
  const requested = new URLSearchParams(window.location.search).get('screen') ?? '';
  return isScreenId(requested) ? requested : 'setup';
}

/** The whole app; it expects an `AppStoreProvider` around it. */
export function App() {
  const store = useAppStore();
  const [screen, setScreen] = useState<ScreenId>(screenFromSearch);
  const [isProjector, setProjector] = useState(false);
  const notice = useSession((s) => s.notice);
  const pending = useSession((s) => s.pendingReplacement);
  useUndoShortcuts(store);
  useAutosave(store);
  useEffect(() => {
    document.documentElement.classList.toggle('projector', isProjector);
  }, [isProjector]);
  const [reloadForUpdate, setReloadForUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker((reload) => {
      setReloadForUpdate(() => reload);
    });
  }, []);

  const replaceWith = useCallback(
    (file: ModelFile, source: string, saved?: SavedModelRef) => {
      store.getState().replace(file);
      store.setState({
        pendingReplacement: null,
        savedModel: saved ? { id: saved.id, name: saved.name, revision: saved.revision } : null,
        notice: {
          kind: 'info',
          message: `Opened the model from ${source}. Undo brings back what was here before.`,
        },
      });
    },
    [store],
  );
  const openModel = useCallback(
    (file: ModelFile, source: string, saved?: SavedModel) => {
      const current = store.getState().file;
      if (JSON.stringify(current) === JSON.stringify(file)) {
        replaceWith(file, source, saved);
        return;
      }
      store.setState({ pendingReplacement: { file, source, saved: saved ?? null } });
    },
    [store, replaceWith],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader
        isProjector={isProjector}
        onProjectorChange={setProjector}
        onOpenModel={openModel}
      />
      <NoticeBanner
        notice={notice}
        onDismiss={() => {
          store.getState().setNotice(null);
        }}
      />
      {reloadForUpdate && (
        <div className="banner" role="status">
          <p>A new version of Cost of Inaction is ready. Your work is kept when you reload.</p>
          <button type="button" className="button" onClick={reloadForUpdate}>
            Reload now
          </button>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              setReloadForUpdate(null);
            }}
          >
            Later
          </button>
        </div>
      )}
      {pending && (
        <ReplaceDialog
          source={pending.source}
          current={store.getState().file}
          onReplace={() => {
            replaceWith(pending.file, pending.source, pending.saved ?? undefined);
          }}
          onKeep={() => {
            store.setState({ pendingReplacement: null });
          }}
          onSaveFirst={() => {
            if (saveBeforeReplacing(store.getState().file, store))
              replaceWith(pending.file, pending.source, pending.saved ?? undefined);
          }}
        />
      )}
      <div className="layout">
        <Navigation current={screen} onChange={setScreen} />
        <main id="main" tabIndex={-1} className="main">
          <ScreenView screen={screen} onNavigate={setScreen} />
        </main>
      </div>
    </>
  );
}
