import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ModelFile } from '../model/model-file';
import {
  discardStored,
  newSavedModelId,
  saveModel,
  type SavedModel,
} from '../persistence/browser-storage';
import { browserStorage, STORAGE_UNAVAILABLE } from '../persistence/local-storage';
import { openModelJson, problemCount } from '../persistence/model-file-io';
import { problemLines } from '../persistence/problem-summary';
import { decodeModelFragment, hasModelFragment } from '../persistence/share-link';
import type { SavedModelRef } from '../state/session-slice';
import { useAppStore, useSession } from '../state/store-context';
import { LINKED_ORIGINAL, methodChangeOf, type MethodChange } from '../persistence/method-change';
import { MethodChangeBanner } from '../ui/storage/method-change-banner';
import { NoticeBanner } from '../ui/storage/notice-banner';
import { ReplaceDialog } from '../ui/storage/replace-dialog';
import { UnsavedWorkBanner, whenSaved, type OfferedWork } from '../ui/storage/unsaved-work-banner';
import { blankModel, templateModel } from '../model/reference/model-templates';
import { AppHeader } from './app-header';
import { exampleModel } from './example-model';
import { Navigation } from './navigation';
import { ScreenView } from './screen-view';
import { isScreenId, type ScreenId } from './screens';
import { forgetModelFragment, sameModel, type StartUp } from './start-up';
import { useAutosave } from './use-autosave';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { saveBeforeReplacing } from './save-before-replacing';
import { registerServiceWorker } from './service-worker';

/** Meeting mode loads when first asked for: it brings its own charts and what-if engine runs. */
const MeetingMode = lazy(async () => ({
  default: (await import('../ui/meeting/meeting-mode')).MeetingMode,
}));

function screenFromSearch(): ScreenId {
  const requested = new URLSearchParams(window.location.search).get('screen') ?? '';
  return isScreenId(requested) ? requested : 'overview';
}

const LINK = 'a link';

/**
 * "Keep my work" on a link keeps the linked model too, as a named save: the link is gone from the address
 * bar once read, and a person who keeps their work would still expect to find what they were sent.
 */
function keepLinkedModel(file: ModelFile): { kind: 'info' | 'error'; message: string } {
  const storage = browserStorage();
  const name = `From a link, ${new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
  const saved = storage
    ? saveModel(storage, { id: newSavedModelId(), name, file, expectedRevision: null })
    : { ok: false as const, message: STORAGE_UNAVAILABLE };
  return saved.ok
    ? {
        kind: 'info',
        message: `Your work stays on screen. The model from the link is kept in Saved models as “${name}”.`,
      }
    : {
        kind: 'error',
        message: `Your work stays on screen. The model from the link could not be kept in this browser: ${saved.message} Open the link again to see it.`,
      };
}

/** The whole app; it expects an `AppStoreProvider` around it. */
export function App({ startUp }: { startUp: StartUp }) {
  const store = useAppStore();
  const [screen, setScreen] = useState<ScreenId>(screenFromSearch);
  /** A link inside a screen leads to another as the navigation does: address updated, focus on it. */
  const goToScreen = useCallback((id: ScreenId) => {
    setScreen(id);
    window.history.replaceState(null, '', `?screen=${id}${window.location.hash}`);
    window.requestAnimationFrame(() => {
      document.getElementById('main')?.focus();
    });
  }, []);
  const [isMeeting, setMeeting] = useState(false);
  const notice = useSession((s) => s.notice);
  const pending = useSession((s) => s.pendingReplacement);
  const methodChange = useSession((s) => s.methodChange);
  useUndoShortcuts(store);
  const autosaverRef = useAutosave(store, startUp.tabId, startUp.hasSlot);
  const [offered, setOffered] = useState<OfferedWork[]>(() =>
    startUp.otherWork.map((w) => ({ ...w, problemCount: w.problems.length })),
  );
  const [unreadable, setUnreadable] = useState(startUp.unreadable);
  /** Runs once the pending model has replaced the work (an offered autosave is then spent). */
  const afterReplace = useRef<(() => void) | null>(null);
  const enterMeeting = useCallback(() => {
    setMeeting(true);
    // Full screen where the browser allows it; the meeting view fits the window either way.
    try {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    } catch {
      // Browsers without the Fullscreen API (older Safari) show it in the window.
    }
  }, []);
  const leaveMeeting = useCallback(() => {
    setMeeting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const [reloadForUpdate, setReloadForUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker(
      (reload) => {
        setReloadForUpdate(() => reload);
      },
      // The reload must find this tab's work in its autosave, so whatever is waiting is written first.
      () => autosaverRef.current?.flush(),
    );
  }, [autosaverRef]);

  const replaceWith = useCallback(
    (
      file: ModelFile,
      source: string,
      saved?: SavedModelRef,
      methodChange?: MethodChange | null,
    ) => {
      store.getState().replace(file);
      autosaverRef.current?.markKept(file);
      const { problems } = store.getState();
      store.setState({
        pendingReplacement: null,
        savedModel: saved ? { id: saved.id, name: saved.name, revision: saved.revision } : null,
        methodChange: methodChange ?? null,
        notice:
          problems.length === 0
            ? {
                kind: 'info',
                message: `Opened the model from ${source}. Undo brings back what was here before.`,
              }
            : {
                kind: 'error',
                message: `Opened the model from ${source}. It has ${problemCount(problems.length)} to fix; the results wait until they are fixed. Undo brings back what was here before.`,
                details: problemLines(problems),
              },
      });
      afterReplace.current?.();
      afterReplace.current = null;
    },
    [store, autosaverRef],
  );
  const openModel = useCallback(
    (file: ModelFile, source: string, saved?: SavedModel, change?: MethodChange | null) => {
      const methodChange = change ?? saved?.methodChange ?? null;
      const current = store.getState().file;
      if (sameModel(current, file)) {
        replaceWith(file, source, saved, methodChange);
        return;
      }
      store.setState({ pendingReplacement: { file, source, saved: saved ?? null, methodChange } });
    },
    [store, replaceWith],
  );

  useEffect(() => {
    // A link pasted into the address bar of this open tab opens like any link, asking first.
    const onHashChange = () => {
      const url = window.location.href;
      if (!hasModelFragment(url)) return;
      const decoded = decodeModelFragment(url);
      forgetModelFragment();
      const opened = decoded.ok
        ? openModelJson(decoded.file, 'The model in this link')
        : { ...decoded, problems: [] };
      if (opened.ok) {
        afterReplace.current = null;
        openModel(
          opened.file,
          LINK,
          undefined,
          methodChangeOf(opened.migratedFrom, decoded.ok ? decoded.file : null, LINKED_ORIGINAL),
        );
        return;
      }
      store.getState().setNotice({
        kind: 'error',
        message: `${opened.message} Your own work has not been changed.`,
        ...(opened.problems.length > 0 ? { details: problemLines(opened.problems) } : {}),
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store, openModel]);

  const discard = (key: string) => {
    const storage = browserStorage();
    const outcome = storage
      ? discardStored(storage, key)
      : { ok: false as const, message: STORAGE_UNAVAILABLE };
    if (!outcome.ok) {
      store.getState().setNotice({ kind: 'error', message: outcome.message });
      return;
    }
    setOffered((list) => list.filter((w) => w.key !== key));
    setUnreadable((list) => list.filter((u) => u.key !== key));
  };

  if (isMeeting)
    return (
      <Suspense fallback={<p role="status">Loading meeting mode…</p>}>
        <MeetingMode onExit={leaveMeeting} />
      </Suspense>
    );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader
        onNewModel={(kind) => {
          afterReplace.current = null;
          const example = exampleModel();
          const file = kind === 'blank' ? blankModel(example) : templateModel(example);
          openModel(file, kind === 'blank' ? 'a blank model' : 'the template');
        }}
        onMeetingMode={enterMeeting}
        onOpenModel={(file, source, saved, change) => {
          afterReplace.current = null;
          openModel(file, source, saved, change);
        }}
      />
      <NoticeBanner
        notice={notice}
        onDismiss={() => {
          store.getState().setNotice(null);
        }}
      />
      <MethodChangeBanner
        change={methodChange}
        onDismiss={() => {
          store.getState().setMethodChange(null);
        }}
      />
      <UnsavedWorkBanner
        offered={offered}
        unreadable={unreadable}
        onDiscard={discard}
        onOpen={(work) => {
          // Once open here, a closed tab's work lives in this tab's autosave; a live tab keeps its own.
          afterReplace.current = work.isClosed
            ? () => {
                discard(work.key);
              }
            : () => {
                setOffered((list) => list.filter((w) => w.key !== work.key));
              };
          openModel(
            work.file,
            `your unsaved work from ${whenSaved(work.savedAt)}`,
            undefined,
            work.methodChange,
          );
        }}
      />
      {reloadForUpdate && (
        <div className="banner" role="status">
          <p>
            A new version of Cost of Inaction is ready. Your work is kept when you reload; other
            open tabs keep theirs and update when you reload them.
          </p>
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
            replaceWith(
              pending.file,
              pending.source,
              pending.saved ?? undefined,
              pending.methodChange,
            );
          }}
          onKeep={() => {
            afterReplace.current = null;
            store.setState({
              pendingReplacement: null,
              notice: pending.source === LINK ? keepLinkedModel(pending.file) : null,
            });
          }}
          onSaveFirst={() => {
            if (saveBeforeReplacing(store.getState().file, store))
              replaceWith(
                pending.file,
                pending.source,
                pending.saved ?? undefined,
                pending.methodChange,
              );
          }}
        />
      )}
      <div className="layout">
        <Navigation current={screen} onChange={setScreen} />
        <main id="main" tabIndex={-1} className="main">
          <ScreenView screen={screen} onNavigate={goToScreen} />
        </main>
      </div>
    </>
  );
}
