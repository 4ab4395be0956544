import { CASE_COUNTS, CASE_KINDS, CASE_NAMES, type CaseKind } from '../shared/case-kind';

type Props = { name: string; value: CaseKind; onChange: (kind: CaseKind) => void };

/** Which case the money charts show: the financial case (the default) or the economic case. */
export function CaseSwitch({ name, value, onChange }: Props) {
  return (
    <fieldset className="basis-switch">
      <legend>Charts show</legend>
      <div className="basis-switch__options">
        {CASE_KINDS.map((kind) => (
          <label key={kind} className="basis-switch__option">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={value === kind}
              onChange={() => {
                onChange(kind);
              }}
            />
            {CASE_NAMES[kind]} ({CASE_COUNTS[kind]})
          </label>
        ))}
      </div>
    </fieldset>
  );
}
