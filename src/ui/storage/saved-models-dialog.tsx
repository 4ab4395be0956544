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
import { problemCount } from '../../persistence/model-file-io';
import { problemLines } from '../../persistence/problem-summary';
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

/** What a saved model with problems has wrong, to list beside the outcome of Rename or Duplicate. */
function problemsOf(saved: SavedModel): string[] {
  return problemLines(saved.problems);
}

export function SavedModelsDialog({ isOpen, onClose, onOpen, refreshKey }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const storage = browserStorage();
  const listed = storage
    ? listSavedModels(storage)
    : { ok: false as const, message: STORAGE_UNAVAILABLE };
  const report = (
    outcome: { ok: boolean; message?: string },
    done: string,
    problems: string[] = [],
  ) => {
    const has = problems.length > 0 ? ` It has ${problemCount(problems.length)} to fix:` : '';
    setMessage(outcome.ok ? `${done}${has}` : (outcome.message ?? 'That did not work.'));
    setDetails(outcome.ok ? problems : []);
    setVersion(version + 1);
  };
  const load = (id: string): SavedModel | null => {
    if (!storage) return null;
    const loaded = loadSavedModel(storage, id);
    if (loaded.ok) return loaded.value;
    setMessage(loaded.message);
    setDetails([]);
    return null;
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
                <th scope="row">
                  {saved.name}
                  {saved.problemCount !== undefined && (
                    <span className="field__error"> (has {problemCount(saved.problemCount)})</span>
                  )}
                </th>
                <td>{when(saved.savedAt)}</td>
                <td>
                  <span className="inline-form">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Open ${saved.name}`}
                      onClick={() => {
                        const loaded = load(saved.id);
                        if (loaded) onOpen(loaded);
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
                        const loaded = name ? load(saved.id) : null;
                        if (storage && name && loaded)
                          report(
                            renameSavedModel(storage, saved.id, name),
                            `Renamed to “${name}”.`,
                            problemsOf(loaded),
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
                        const loaded = load(saved.id);
                        if (!storage || !loaded) return;
                        const name = `${saved.name} (copy)`;
                        report(
                          saveModel(storage, {
                            id: newSavedModelId(),
                            name,
                            file: loaded.file,
                            expectedRevision: null,
                            problemCount: loaded.problems.length,
                          }),
                          `Saved “${name}”.`,
                          problemsOf(loaded),
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
      {details.length > 0 && (
        <ul className="banner__details" tabIndex={0} aria-label="Problems in the saved model">
          {details.map((detail, i) => (
            <li key={`${String(i)}:${detail}`}>{detail}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}
