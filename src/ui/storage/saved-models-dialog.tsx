import { useState } from 'react';
import {
  deleteSavedModel,
  listSavedModels,
  loadSavedModel,
  newSavedModelId,
  renameSavedModel,
  saveModel,
  type SavedModel,
} from '../../persistence/browser-storage';
import { browserStorage, STORAGE_UNAVAILABLE } from '../../persistence/local-storage';
import { ModalDialog } from '../shared/modal-dialog';

type Props = {
  isOpen: boolean;
  onClose: () => void;
  onOpen: (saved: SavedModel) => void;
  /** Bumped by the caller when storage changes elsewhere (another tab), to re-read the list. */
  refreshKey: number;
};

const when = (iso: string) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';

export function SavedModelsDialog({ isOpen, onClose, onOpen, refreshKey }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const storage = browserStorage();
  const listed = storage
    ? listSavedModels(storage)
    : { ok: false as const, message: STORAGE_UNAVAILABLE };
  const report = (outcome: { ok: boolean; message?: string }, done: string) => {
    setMessage(outcome.ok ? done : (outcome.message ?? 'That did not work.'));
    setVersion(version + 1);
  };
  return (
    <ModalDialog title="Models saved in this browser" isOpen={isOpen} onClose={onClose}>
      <p className="visually-hidden">{`${String(refreshKey)}.${String(version)}`}</p>
      {!listed.ok && (
        <p className="field__error" role="alert">
          {listed.message}
        </p>
      )}
      {listed.ok && listed.value.length === 0 && <p>No models are saved in this browser yet.</p>}
      {listed.ok && listed.value.length > 0 && (
        <table className="data-table">
          <caption>Saved models</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Saved</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {listed.value.map((saved) => (
              <tr key={saved.id}>
                <th scope="row">{saved.name}</th>
                <td>{when(saved.savedAt)}</td>
                <td>
                  <span className="inline-form">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Open ${saved.name}`}
                      onClick={() => {
                        if (!storage) return;
                        const loaded = loadSavedModel(storage, saved.id);
                        if (loaded.ok) onOpen(loaded.value);
                        else setMessage(loaded.message);
                      }}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Rename ${saved.name}`}
                      onClick={() => {
                        const name = window.prompt('New name', saved.name)?.trim();
                        if (storage && name)
                          report(
                            renameSavedModel(storage, saved.id, name),
                            `Renamed to “${name}”.`,
                          );
                      }}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Duplicate ${saved.name}`}
                      onClick={() => {
                        if (!storage) return;
                        const loaded = loadSavedModel(storage, saved.id);
                        if (!loaded.ok) {
                          setMessage(loaded.message);
                          return;
                        }
                        const name = `${saved.name} (copy)`;
                        report(
                          saveModel(storage, {
                            id: newSavedModelId(),
                            name,
                            file: loaded.value.file,
                            expectedRevision: null,
                          }),
                          `Saved “${name}”.`,
                        );
                      }}
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="button button--warning"
                      aria-label={`Delete ${saved.name}`}
                      onClick={() => {
                        if (
                          storage &&
                          window.confirm(
                            `Delete “${saved.name}” from this browser? This cannot be undone.`,
                          )
                        )
                          report(deleteSavedModel(storage, saved.id), `Deleted “${saved.name}”.`);
                      }}
                    >
                      Delete
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{message}</p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}
