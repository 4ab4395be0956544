import { useEffect, useRef, useState } from 'react';
import type { ModelFile } from '../../model/model-file';
import {
  methodChangeOf,
  originalFileName,
  type MethodChange,
} from '../../persistence/method-change';
import {
  isSavedModelKey,
  newSavedModelId,
  saveModel,
  type SavedModel,
} from '../../persistence/browser-storage';
import {
  browserStorage,
  requestPersistentStorage,
  STORAGE_UNAVAILABLE,
} from '../../persistence/local-storage';
import {
  canonicalModelFile,
  MAX_FILE_BYTES,
  modelFileName,
  modelFileText,
  openModelTextAsTyped,
  problemCount,
} from '../../persistence/model-file-io';
import { problemLines } from '../../persistence/problem-summary';
import { useIsModelValid, useAppStore } from '../../state/store-context';
import { downloadText } from './download';
import { OfflineCopyButton } from './offline-copy-button';
import { SavedModelsDialog } from './saved-models-dialog';
import { NewModelDialog, type NewModelKind } from './new-model-dialog';
import { ShareDialog } from './share-dialog';

type Props = {
  /** Starts a new model, blank or from the template, asking first as opening does. */
  onNewModel: (kind: NewModelKind) => void;
  /** Opens another model, asking first when it would replace different work. */
  onOpenModel: (
    file: ModelFile,
    source: string,
    saved?: SavedModel,
    methodChange?: MethodChange | null,
  ) => void;
};

export function StorageToolbar({ onNewModel, onOpenModel }: Props) {
  const store = useAppStore();
  // Only whether the model is valid is needed while typing; the file to save or share is written when asked for.
  const isValid = useIsModelValid();
  const currentFile = () => canonicalModelFile(store.getState().file);
  const [dialog, setDialog] = useState<'saved' | 'new' | null>(null);
  const [sharing, setSharing] = useState<ModelFile | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const notify = store.getState().setNotice;

  useEffect(() => {
    // Another tab saving the model this tab is editing must not go unnoticed.
    const onStorage = (event: StorageEvent) => {
      if (!isSavedModelKey(event.key)) return;
      setRefreshKey((k) => k + 1);
      const current = store.getState().savedModel;
      if (current && event.key?.endsWith(current.id))
        notify({
          kind: 'error',
          message: `“${current.name}” was changed in another tab or window. Saving here will not overwrite it without asking.`,
        });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, [store, notify]);

  const save = (asCopy: boolean) => {
    const storage = browserStorage();
    if (!storage) {
      notify({ kind: 'error', message: STORAGE_UNAVAILABLE });
      return;
    }
    // A model with problems is saved as typed, and marked, so no work waits on fixing it.
    const { file: typed, problems } = store.getState();
    const canonical = currentFile() ?? typed;
    const current = asCopy ? null : store.getState().savedModel;
    const name =
      current?.name ??
      window.prompt('Name for this saved model', canonical.title || 'Untitled model')?.trim();
    if (!name) return;
    const result = saveModel(storage, {
      id: current?.id ?? newSavedModelId(),
      name,
      file: canonical,
      expectedRevision: current?.revision ?? null,
      problemCount: problems.length,
    });
    if (!result.ok) {
      notify({ kind: 'error', message: result.message });
      return;
    }
    store.getState().setSavedModel({
      id: result.value.id,
      name: result.value.name,
      revision: result.value.revision,
    });
    notify(
      problems.length === 0
        ? { kind: 'info', message: `Saved “${result.value.name}” in this browser.` }
        : {
            kind: 'info',
            message: `Saved “${result.value.name}” in this browser. The saved copy has ${problemCount(problems.length)} to fix:`,
            details: problemLines(problems),
          },
    );
    void requestPersistentStorage();
  };

  const openFile = async (chosen: File) => {
    if (chosen.size > MAX_FILE_BYTES) {
      notify({
        kind: 'error',
        message: `${chosen.name} is too large to be a model file. Nothing was changed.`,
      });
      return;
    }
    const text = await chosen.text();
    const opened = openModelTextAsTyped(text, chosen.name);
    if (!opened.ok) {
      notify({
        kind: 'error',
        message: opened.message,
        details: problemLines(opened.problems),
      });
      return;
    }
    const original =
      opened.migratedFrom === null ? '' : originalFileName(chosen.name, opened.migratedFrom);
    onOpenModel(
      opened.file,
      `the file ${chosen.name}`,
      undefined,
      methodChangeOf(opened.migratedFrom, text, original),
    );
  };

  return (
    <div className="storage-toolbar" role="toolbar" aria-label="Save and share">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setDialog('new');
        }}
      >
        New model
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!isValid}
        onClick={() => {
          setSharing(currentFile());
        }}
      >
        Share link
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          save(false);
        }}
      >
        Save
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          save(true);
        }}
      >
        Save a copy
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setDialog('saved');
        }}
      >
        Saved models
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => fileInput.current?.click()}
      >
        Open file
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Open a model file"
        tabIndex={-1}
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (chosen) void openFile(chosen);
        }}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          // With problems, the model is downloaded as typed, its file name saying it has problems.
          const canonical = currentFile();
          const file = canonical ?? store.getState().file;
          downloadText(modelFileName(file, !canonical), modelFileText(file), 'application/json');
        }}
      >
        Download file
      </button>
      <OfflineCopyButton isDisabled={!isValid} getFile={currentFile} />
      {sharing && (
        <ShareDialog
          file={sharing}
          isOpen
          onClose={() => {
            setSharing(null);
          }}
        />
      )}
      <NewModelDialog
        isOpen={dialog === 'new'}
        onClose={() => {
          setDialog(null);
        }}
        onChoose={(kind) => {
          setDialog(null);
          onNewModel(kind);
        }}
      />
      <SavedModelsDialog
        isOpen={dialog === 'saved'}
        refreshKey={refreshKey}
        onClose={() => {
          setDialog(null);
        }}
        onOpen={(saved) => {
          setDialog(null);
          onOpenModel(saved.file, `the saved model “${saved.name}”`, saved);
        }}
      />
    </div>
  );
}
