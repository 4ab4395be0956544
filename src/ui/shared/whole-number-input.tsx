import { useState } from 'react';
import { useModelStore } from '../../state/store-context';
import { Field } from './field';
import { isWholeNumberText } from './input-text';

type Props = {
  label: string;
  path: string;
  value: number;
  onChange: (value: number) => void;
  hint?: string;
  suffix?: string;
  className?: string;
};

/**
 * A box for years, months and other whole numbers. The file stores numbers, so text that is not a whole
 * number stays in the box with its message and is not stored until it is fixed.
 */
export function WholeNumberInput({ label, path, value, onChange, hint, suffix, className }: Props) {
  const store = useModelStore();
  const [text, setText] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  if (value !== shownValue) {
    setShownValue(value);
    setText(String(value));
    setLocalError(null);
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
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setText(typed);
              if (!isWholeNumberText(typed)) {
                const message = `${label} should be a whole number.`;
                setLocalError(message);
                store.getState().setDraft(path, message);
                return;
              }
              setLocalError(null);
              store.getState().setDraft(path, null);
              const next = Number(typed.trim());
              setShownValue(next);
              onChange(next);
            }}
          />
          {suffix && <span className="input-suffix">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
