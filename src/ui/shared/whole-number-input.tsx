import { Field } from './field';
import { isWholeNumberText } from './input-text';
import { useDraftText } from './use-draft-text';

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
  const { text, localError, onTextChange } = useDraftText({
    path,
    value,
    toText: String,
    parse: (typed) => (isWholeNumberText(typed) ? Number(typed.trim()) : null),
    invalidMessage: `${label} should be a whole number.`,
    onChange,
  });
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
              onTextChange(event.currentTarget.value);
            }}
          />
          {suffix && <span className="input-suffix">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
