import { Field } from './field';
import { fractionToPercentText, percentTextToFraction } from './input-text';
import { useDraftText } from './use-draft-text';

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
  const { text, localError, onTextChange } = useDraftText({
    path,
    value,
    toText: fractionToPercentText,
    parse: percentTextToFraction,
    invalidMessage: `${label} should be a percentage such as 25 or 12.5.`,
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
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              onTextChange(event.currentTarget.value);
            }}
          />
          <span className="input-suffix">%</span>
        </span>
      )}
    </Field>
  );
}
