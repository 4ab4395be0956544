import { useState } from 'react';
import { useModelStore } from '../../state/store-context';
import { Field } from './field';
import { fractionToPercentText, percentTextToFraction } from './input-text';

type Props = {
  label: string;
  path: string;
  /** The stored fraction, e.g. "0.25". */
  value: string;
  onChange: (fraction: string) => void;
  hint?: string;
  className?: string;
};

/**
 * A percentage box over a stored fraction: shows "25", stores "0.25". Text that is not a number is kept
 * in the box and reported beside it until it is fixed, and the results are marked out of date meanwhile.
 */
export function PercentInput({ label, path, value, onChange, hint, className }: Props) {
  const store = useModelStore();
  const [text, setText] = useState(() => fractionToPercentText(value));
  const [shownValue, setShownValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  // Follow changes made elsewhere (undo, another field) unless the box holds unfinished text.
  if (value !== shownValue) {
    setShownValue(value);
    if (percentTextToFraction(text) !== value) setText(fractionToPercentText(value));
  }
  return (
    <Field
      label={label}
      path={path}
      localError={localError}
      {...(hint ? { hint } : {})}
      {...(className ? { className } : {})}
    >
      {(aria) => (
        <span className="input-row">
          <input
            {...aria}
            className="input input--short input--number"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setText(typed);
              const fraction = percentTextToFraction(typed);
              if (fraction === null) {
                const message = `${label} should be a percentage such as 25 or 12.5.`;
                setLocalError(message);
                store.getState().setDraft(path, message);
              } else {
                setLocalError(null);
                store.getState().setDraft(path, null);
                setShownValue(fraction);
                onChange(fraction);
              }
            }}
          />
          <span className="input-suffix">%</span>
        </span>
      )}
    </Field>
  );
}
