import type { ModelFile } from '../../model/model-file';
import { modelFileName, modelFileText } from '../../persistence/model-file-io';
import { ModalDialog } from '../shared/modal-dialog';
import { downloadText } from './download';

type Props = {
  source: string;
  current: ModelFile;
  onReplace: () => void;
  onKeep: () => void;
  onSaveFirst: () => void;
};

/** Asks before another model replaces the work in this browser, offering to keep a copy first. */
export function ReplaceDialog({ source, current, onReplace, onKeep, onSaveFirst }: Props) {
  return (
    <ModalDialog title={`Open the model from ${source}?`} isOpen onClose={onKeep}>
      <p>
        This browser holds your own work (“{current.title || 'Untitled model'}”), which differs from
        the model in {source}. Opening it replaces what is on screen. You can keep a copy of your
        work first.
      </p>
      <div className="inline-form">
        <button type="button" className="button button--secondary" onClick={onSaveFirst}>
          Save my work in this browser, then open it
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(modelFileName(current), modelFileText(current), 'application/json');
          }}
        >
          Download my work
        </button>
      </div>
      <div className="inline-form">
        <button type="button" className="button" onClick={onReplace}>
          Open the model from {source}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          Keep my work
        </button>
      </div>
    </ModalDialog>
  );
}
