import type { ModelFile } from '../model/model-file';
import type { SavedModel } from '../persistence/browser-storage';
import type { MethodChange } from '../persistence/method-change';
import { useModel } from '../state/store-context';
import type { NewModelKind } from '../ui/storage/new-model-dialog';
import { StorageToolbar } from '../ui/storage/storage-toolbar';

type Props = {
  onNewModel: (kind: NewModelKind) => void;
  /** Turns the screen over to a partnership meeting. */
  onMeetingMode: () => void;
  onOpenModel: (
    file: ModelFile,
    source: string,
    saved?: SavedModel,
    methodChange?: MethodChange | null,
  ) => void;
};

export function AppHeader({ onNewModel, onMeetingMode, onOpenModel }: Props) {
  const title = useModel((s) => s.file.title);
  const area = useModel((s) => s.file.area);
  const canUndo = useModel((s) => s.past.length > 0);
  const canRedo = useModel((s) => s.future.length > 0);
  const undo = useModel((s) => s.undo);
  const redo = useModel((s) => s.redo);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <p className="app-header__product">Cost of Inaction</p>
        <h1 className="app-header__title">{title || 'Untitled model'}</h1>
        {area && <p className="app-header__area">{area}</p>}
      </div>
      <StorageToolbar onNewModel={onNewModel} onOpenModel={onOpenModel} />
      <div className="app-header__actions" role="toolbar" aria-label="Edit and view">
        <button
          type="button"
          className="button button--secondary"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button type="button" className="button button--secondary" onClick={onMeetingMode}>
          Meeting mode
        </button>
      </div>
    </header>
  );
}
