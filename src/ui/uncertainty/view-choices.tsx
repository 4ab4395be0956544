import { CASE_COUNTS, CASE_KINDS, CASE_NAMES, type CaseKind } from '../shared/case-kind';
import { SelectInput } from '../shared/select-input';

type ScenarioProps = {
  scenarios: readonly { id: string; name: string }[];
  value: string;
  onChange: (scenarioId: string) => void;
};

/** Which scenario the tornado, switching values and partner ranges are for. */
export function ScenarioChoice({ scenarios, value, onChange }: ScenarioProps) {
  return (
    <SelectInput
      label="Scenario"
      path="view.uncertainty.scenario"
      hint="The tornado, the switching values and each partner’s range are for this scenario."
      value={value}
      options={scenarios.map((s) => ({ value: s.id, label: s.name || s.id }))}
      onChange={onChange}
    />
  );
}

type CaseProps = { value: CaseKind; onChange: (kind: CaseKind) => void };

/** Which case the charts and sentences are in: the financial case (the default) or the economic case. */
export function CaseChoice({ value, onChange }: CaseProps) {
  return (
    <fieldset className="basis-switch">
      <legend>Net saving in</legend>
      <div className="basis-switch__options">
        {CASE_KINDS.map((kind) => (
          <label key={kind} className="basis-switch__option">
            <input
              type="radio"
              name="uncertainty-case"
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
