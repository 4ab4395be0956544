import { fieldId, useFieldProblem } from './use-field-problem';

type Props = {
  label: string;
  path: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
};

export function CheckboxInput({ label, path, checked, onChange, hint }: Props) {
  const id = fieldId(path);
  const problem = useFieldProblem(path);
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && <p className="field__error">{problem}</p>}
    </div>
  );
}
