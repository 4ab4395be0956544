import { ModalDialog } from '../shared/modal-dialog';

export type NewModelKind = 'blank' | 'template';

type Props = { isOpen: boolean; onClose: () => void; onChoose: (kind: NewModelKind) => void };

/** Starts a new model, blank or from the worked example's structure; the work on screen is kept first. */
export function NewModelDialog({ isOpen, onClose, onChoose }: Props) {
  return (
    <ModalDialog title="Start a new model" isOpen={isOpen} onClose={onClose}>
      <p>
        The model on screen is not lost: if it exists nowhere else you are asked to save it first,
        and Undo brings it back.
      </p>
      <ul className="choice-list">
        <li>
          <button
            type="button"
            className="button"
            onClick={() => {
              onChoose('template');
            }}
          >
            From the template
          </button>{' '}
          The worked example’s partners, caseloads, cost lines, services and scenarios, with every
          local figure cleared for you to fill in.
        </li>
        <li>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChoose('blank');
            }}
          >
            Blank
          </button>{' '}
          Nothing but the years and rates: add everything yourself.
        </li>
      </ul>
      <button type="button" className="button button--link" onClick={onClose}>
        Cancel
      </button>
    </ModalDialog>
  );
}
