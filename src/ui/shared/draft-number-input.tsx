import { useState } from 'react';
import { useAppStore } from '../../state/store-context';
import { Field } from './field';

export type DraftNumberInputProps<T> = {
  label: string;
  path: string;
  /** The stored value. */
  value: T;
  onChange: (value: T) => void;
  toText: (value: T) => string;
  /** The value for some typed text, or null when the text cannot be stored. */
  parse: (text: string) => T | null;
  invalidMessage: string;
  inputMode: 'decimal' | 'numeric';
  hint?: string;
  suffix?: string;
  className?: string;
};

/**
 * A number box whose stored form differs from what is typed (a percentage over a fraction, a whole
 * number). Text that cannot be stored stays in the box with its message and is registered as a draft,
 * so the results are marked out of date until it is fixed; changes from elsewhere (undo) replace it.
 */
export function DraftNumberInput<T>(props: DraftNumberInputProps<T>) {
  const {
    label,
    path,
    value,
    onChange,
    toText,
    parse,
    invalidMessage,
    inputMode,
    hint,
    suffix,
    className,
  } = props;
  const store = useAppStore();
  const [text, setText] = useState(() => toText(value));
  const [shownValue, setShownValue] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  if (value !== shownValue) {
    setShownValue(value);
    if (parse(text) !== value) {
      setText(toText(value));
      setLocalError(null);
    }
  }
  const onTextChange = (typed: string) => {
    setText(typed);
    const parsed = parse(typed);
    if (parsed === null) {
      setLocalError(invalidMessage);
      store.getState().setDraft(path, invalidMessage);
      return;
    }
    setLocalError(null);
    store.getState().setDraft(path, null);
    setShownValue(parsed);
    onChange(parsed);
  };
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
            inputMode={inputMode}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              onTextChange(event.currentTarget.value);
            }}
          />
          {suffix && <span className="input-suffix">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
