/**
 * The 90% range of an uncertain figure, beside the figure: a line saying what it is and where it comes
 * from ("90% range: £315 to £525, the default for an amber-rated figure"), and behind "Change the range"
 * the low and high boxes, their messages and "Use the default". Closed it takes one line, so editors with
 * many figures stay short; it opens by itself when either end has a problem.
 */
import { useState } from 'react';
import { parseDecimal } from '../../model/field-reader';
import type { Confidence } from '../../model/uncertainty/uncertain-input';
import { useAppStore, useModel, useProblemAt } from '../../state/store-context';
import {
  clearRange,
  rangeBoundPath,
  rangeEditKey,
  savedRange,
  setRangeBound,
  type RangeBound,
} from '../../state/uncertainty-edits';
import { PercentInput } from './percent-input';
import { TextInput } from './text-input';
import { formatUncertainValue, type ValueFormat } from './uncertain-value-format';
import { useUncertainInput, type UncertainInputView } from './use-uncertain-input';

type Props = {
  /** The input's key (see UncertainInput). */
  inputKey: string;
  /** The figure in words, lower case, as its boxes are named: "unit cost", "reduction by effect 2". */
  name: string;
  format: ValueFormat;
};

const RATED: Record<Confidence, string> = {
  green: 'the default for a green-rated figure',
  amber: 'the default for an amber-rated figure',
  red: 'the default for a red-rated figure',
  'not rated': 'the default for a figure with no rating',
};

function shown(text: string, format: ValueFormat): string {
  const value = parseDecimal(text);
  return value === null ? `“${text}”` : formatUncertainValue(value, format);
}

/** The one line shown while the boxes are closed. */
export function rangeSummary(
  saved: { low: string; high: string } | null,
  input: UncertainInputView | null,
  format: ValueFormat,
): string {
  if (saved)
    return `90% range: ${shown(saved.low, format)} to ${shown(saved.high, format)}, as set for this figure.`;
  if (!input) return '90% range: the default, shown once the figures are worked out.';
  if (input.defaultLow === input.defaultHigh)
    return `No range: today’s figure is ${shown(input.value, format)}, so it stays put unless you set a range.`;
  return `90% range: ${shown(input.defaultLow, format)} to ${shown(input.defaultHigh, format)}, ${RATED[input.confidence]}.`;
}

type BoundProps = Props & {
  bound: RangeBound;
  value: string;
  path: string;
  onChange: (text: string) => void;
};

function BoundInput({ name, format, bound, value, path, onChange }: BoundProps) {
  const label = `${bound === 'low' ? 'Low' : 'High'} ${name}`;
  if (format === 'percent')
    return (
      <PercentInput
        label={label}
        path={path}
        value={value}
        onChange={onChange}
        className="range-field__bound"
      />
    );
  return (
    <TextInput
      label={label}
      path={path}
      kind={format === 'money' ? 'money' : 'decimal'}
      width="short"
      value={value}
      onChange={onChange}
      className="range-field__bound"
    />
  );
}

export function RangeInput({ inputKey, name, format }: Props) {
  const store = useAppStore();
  const input = useUncertainInput(inputKey);
  const saved = useModel((s) => savedRange(s.file, inputKey));
  const lowPath = useModel((s) => rangeBoundPath(s.file, inputKey, 'low'));
  const highPath = useModel((s) => rangeBoundPath(s.file, inputKey, 'high'));
  const lowProblem = useProblemAt(lowPath);
  const highProblem = useProblemAt(highPath);
  const hasProblem = lowProblem !== null || highProblem !== null;
  const [isOpen, setOpen] = useState(false);
  const summary = rangeSummary(saved, input, format);
  const low = saved?.low ?? input?.defaultLow ?? '';
  const high = saved?.high ?? input?.defaultHigh ?? '';
  const edit = (bound: RangeBound, other: string) => (text: string) => {
    store
      .getState()
      .edit(setRangeBound(inputKey, bound, text, other), rangeEditKey(inputKey, bound));
  };
  return (
    <div className="range-field">
      <p className="range-field__summary">{summary}</p>
      <details
        className="range-field__details"
        open={isOpen || hasProblem}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          Change the range <span className="visually-hidden">of the {name}</span>
        </summary>
        {(isOpen || hasProblem) && (
          <div className="range-field__boxes">
            <BoundInput
              inputKey={inputKey}
              name={name}
              format={format}
              bound="low"
              value={low}
              path={lowPath}
              onChange={edit('low', high)}
            />
            <BoundInput
              inputKey={inputKey}
              name={name}
              format={format}
              bound="high"
              value={high}
              path={highPath}
              onChange={edit('high', low)}
            />
            {saved && (
              <button
                type="button"
                className="button button--link range-field__default"
                onClick={() => {
                  store.getState().edit(clearRange(inputKey));
                }}
              >
                Use the default <span className="visually-hidden">range of the {name}</span>
              </button>
            )}
          </div>
        )}
      </details>
    </div>
  );
}
