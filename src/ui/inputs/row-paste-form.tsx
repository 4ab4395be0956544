import { useId, useRef, useState } from 'react';
import type { ModelFile } from '../../model/model-file';
import { useAppStore } from '../../state/store-context';
import { ScrollRegion } from '../shared/scroll-region';
import type { PastePreview } from './row-paste';

type Props<Record> = {
  /** What a row makes, singular and plural: "cost line", "cost lines". */
  noun: string;
  nouns: string;
  exampleHeadings: string;
  /** Extra help on what the cells may hold. */
  hint: string;
  preview: (text: string, file: ModelFile) => PastePreview<Record>;
  /** The record a good row would add, in words. */
  describe: (record: Record) => string;
  /** Adds the good rows' records to the model, in one undoable edit. */
  onAdd: (records: Record[]) => void;
};

function count(n: number, noun: string, nouns: string): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/**
 * A box to paste rows from a spreadsheet, a preview of what each row would add with the problems of each
 * bad row listed against it, and nothing added until the person confirms. Rows with problems are left
 * out of what is added, and the preview says so.
 */
export function RowPasteForm<Record>({
  noun,
  nouns,
  exampleHeadings,
  hint,
  preview,
  describe,
  onAdd,
}: Props<Record>) {
  const store = useAppStore();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [shown, setShown] = useState<PastePreview<Record> | null>(null);
  const [said, setSaid] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const close = () => {
    setOpen(false);
    setText('');
    setShown(null);
    window.setTimeout(() => toggleRef.current?.focus(), 0);
  };
  const check = () => {
    const result = preview(text, store.getState().file);
    setShown(result);
    if (result.refused) {
      setSaid(result.notes.join(' '));
      return;
    }
    const good = result.rows.filter((r) => r.record !== null).length;
    const bad = result.rows.length - good;
    setSaid(
      `${count(result.rows.length, 'row', 'rows')} read: ${good} can be added${bad > 0 ? `, ${bad} ${bad === 1 ? 'has problems and would be left out' : 'have problems and would be left out'}` : ''}. Nothing is added until you confirm.`,
    );
  };
  const good = shown?.rows.flatMap((r) => (r.record === null ? [] : [r.record])) ?? [];
  const bad = shown ? shown.rows.length - good.length : 0;
  const add = () => {
    if (good.length === 0) return;
    onAdd(good);
    setSaid(
      `Added ${count(good.length, noun, nouns)}${bad > 0 ? `; ${count(bad, 'row', 'rows')} with problems ${bad === 1 ? 'was' : 'were'} left out` : ''}. Undo takes ${good.length === 1 ? 'it' : 'them all'} away again.`,
    );
    close();
  };

  return (
    <div className="row-paste">
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (isOpen) close();
          else {
            setOpen(true);
            setSaid('');
            window.setTimeout(() => textRef.current?.focus(), 0);
          }
        }}
      >
        Paste rows from a spreadsheet
      </button>
      <div id={`${id}-panel`} className="card row-paste__panel" hidden={!isOpen}>
        {isOpen && (
          <>
            <div className="field">
              <label htmlFor={`${id}-text`}>Rows to add, with a heading row</label>
              <p className="field__hint" id={`${id}-hint`}>
                Copy the rows with their heading row from Excel or Google Sheets, or type them with
                commas between the cells. The headings name the columns, in any order, for example:{' '}
                {exampleHeadings}. {hint}
              </p>
              <textarea
                ref={textRef}
                id={`${id}-text`}
                className="input row-paste__text"
                rows={6}
                aria-describedby={`${id}-hint`}
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  setShown(null);
                }}
              />
            </div>
            <div className="inline-form">
              <button
                type="button"
                className="button button--secondary"
                disabled={text.trim() === ''}
                onClick={check}
              >
                Check the rows
              </button>
              <button type="button" className="button button--secondary" onClick={close}>
                Cancel
              </button>
            </div>
            {shown && !shown.refused && (
              <>
                {shown.notes.length > 0 && (
                  <ul className="notice">
                    {shown.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
                <ScrollRegion>
                  <table className="data-table row-paste__preview">
                    <caption>
                      What the pasted rows would add: {count(good.length, noun, nouns)}
                      {bad > 0 ? `, and ${count(bad, 'row', 'rows')} left out for problems` : ''}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Row</th>
                        <th scope="col">What it would add</th>
                        <th scope="col">Problems</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.rows.map((row) => (
                        <tr
                          key={row.rowNumber}
                          className={row.record === null ? 'row-paste__bad' : undefined}
                        >
                          <th scope="row">Row {row.rowNumber}</th>
                          <td>
                            {row.record === null ? (
                              <>
                                <span className="row-paste__left-out">Left out:</span>{' '}
                                {row.cells.join(', ')}
                              </>
                            ) : (
                              describe(row.record)
                            )}
                          </td>
                          <td>
                            {row.problems.length === 0 ? (
                              'None'
                            ) : (
                              <ul className="field__error row-paste__problems">
                                {row.problems.map((p) => (
                                  <li key={p}>{p}</li>
                                ))}
                              </ul>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
                <div className="inline-form">
                  <button
                    type="button"
                    className="button"
                    disabled={good.length === 0}
                    onClick={add}
                  >
                    Add {count(good.length, noun, nouns)}
                  </button>
                  {bad > 0 && (
                    <p className="field__hint">
                      {count(bad, 'row', 'rows')} with problems will be left out: correct{' '}
                      {bad === 1 ? 'it' : 'them'} in the box above and check again to add{' '}
                      {bad === 1 ? 'it' : 'them'} too.
                    </p>
                  )}
                </div>
              </>
            )}
          </>
        )}
      </div>
      <p role="status" className="row-paste__status">
        {said}
      </p>
    </div>
  );
}
