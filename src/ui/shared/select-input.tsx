import { useDeferredOptions } from './deferred-options';
import { Field } from './field';

type Props<T extends string> = {
  label: string;
  path: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
  className?: string;
};

export function SelectInput<T extends string>({
  label,
  path,
  value,
  options,
  onChange,
  hint,
  className,
}: Props<T>) {
  const { showAll, handlers } = useDeferredOptions(options.length);
  const shown = showAll ? options : options.filter((o) => o.value === value);
  return (
    <Field
      label={label}
      path={path}
      {...(hint ? { hint } : {})}
      {...(className ? { className } : {})}
    >
      {(aria) => (
        <select
          {...aria}
          {...handlers}
          className="input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((o) => o.value === event.currentTarget.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {shown.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
