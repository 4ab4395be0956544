import { Field } from './field';
import { cleanMoneyText } from './input-text';

type Props = {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** "money" strips £ and thousands commas as typed; "decimal" stores exactly what is typed. */
  kind?: 'text' | 'money' | 'decimal';
  /** Shown after the box, e.g. "per week". */
  suffix?: string;
  className?: string;
  width?: 'short' | 'medium' | 'long';
};

/** A text, money or decimal box. Money and decimals stay strings: the validator judges them. */
export function TextInput({
  label,
  path,
  value,
  onChange,
  hint,
  kind = 'text',
  suffix,
  className,
  width = 'medium',
}: Props) {
  const isNumber = kind !== 'text';
  return (
    <Field
      label={label}
      path={path}
      {...(hint ? { hint } : {})}
      {...(className ? { className } : {})}
    >
      {(aria) => (
        <span className="input-row">
          {kind === 'money' && (
            <span className="input-prefix" aria-hidden="true">
              £
            </span>
          )}
          <input
            {...aria}
            className={`input input--${width}${isNumber ? ' input--number' : ''}`}
            type="text"
            inputMode={isNumber ? 'decimal' : undefined}
            autoComplete="off"
            spellCheck={!isNumber}
            value={value}
            onChange={(event) => {
              const text = event.currentTarget.value;
              onChange(kind === 'money' ? cleanMoneyText(text) : text);
            }}
          />
          {suffix && <span className="input-suffix">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}
