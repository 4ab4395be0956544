import { useId, useState } from 'react';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { clearHistoryDrafts } from './history-drafts';
import { parseHistoryPaste, type PasteOutcome } from './history-paste';

type Props = { index: number };

function report(outcome: PasteOutcome): string {
  const { points, layout, refused } = outcome;
  if (refused) return refused;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Nothing could be read, so the history is unchanged.';
  const span =
    points.length === 1
      ? formatFinancialYear(first.year)
      : `${formatFinancialYear(first.year)} to ${formatFinancialYear(last.year)}`;
  const counted = `${points.length} ${points.length === 1 ? 'year' : 'years'}`;
  return layout === 'counts-only'
    ? `Filled ${counted} (${span}) from counts alone: the last count is taken as the year before the model starts.`
    : `Filled ${counted}: ${span}.`;
}

/** A box to paste a column (or two) from Excel or Google Sheets into a stream's history. */
export function HistoryPasteForm({ index }: Props) {
  const store = useAppStore();
  const startYear = useModel((s) => s.file.startYear);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<PasteOutcome | null>(null);
  const id = useId();
  const apply = () => {
    const parsed = parseHistoryPaste(text, startYear);
    setOutcome(parsed);
    if (parsed.points.length === 0) return;
    clearHistoryDrafts(store, index);
    store.getState().edit((d) => {
      const s = d.streams[index];
      if (s) s.history = parsed.points.map((p) => ({ ...p }));
    });
    if (parsed.notUnderstood.length === 0) setText('');
  };
  return (
    <div className="history-paste">
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste from a spreadsheet</label>
        <p className="field__hint" id={`${id}-hint`}>
          Copy two columns (year and count) or a column of counts alone from Excel or Google Sheets.
          Counts alone end in {formatFinancialYear(startYear - 1)}, the year before the model
          starts. The pasted figures replace the history above.
        </p>
        <textarea
          id={`${id}-text`}
          className="input history-paste__text"
          rows={4}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
          }}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={apply}
        disabled={text.trim() === ''}
      >
        Use the pasted figures
      </button>
      <div role="status" className="history-paste__report">
        {outcome && (
          <>
            <p>
              {report(outcome)}
              {outcome.heading
                ? ` The heading row “${outcome.heading.replace(/\s+/g, ' ')}” was skipped.`
                : ''}
            </p>
            {outcome.notUnderstood.length > 0 && (
              <>
                <p className="field__error">Not understood, so left out:</p>
                <ul className="field__error">
                  {outcome.notUnderstood.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
