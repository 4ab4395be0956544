import type { CostLineFile, ValueType } from '../../model/model-file';
import { COST_LINE_DEFAULTS } from '../../model/records/cost-line';
import { CheckboxInput } from '../shared/checkbox-input';
import { SelectInput } from '../shared/select-input';
import { useCostLineEdit } from './cost-line-edit';

const VALUE_TYPE_OPTIONS = [
  { value: 'fiscal', label: 'Fiscal — public budgets (the financial case)' },
  { value: 'economic', label: 'Economic — lost output and costs to the economy' },
  { value: 'social', label: 'Social — harm to victims’ health and wellbeing' },
] as const satisfies readonly { value: ValueType; label: string }[];

const CASHABLE_HINT =
  'A saving that frees money in a budget, e.g. fewer nights in temporary accommodation; not staff time that is simply used elsewhere.';

type Props = {
  lineId: string;
  index: number;
  line: Pick<CostLineFile, 'valueType' | 'cashable'>;
};

/** What kind of value a line's cost is, and (for public budgets only) whether saving it frees cash. */
export function ValueTypeFields({ lineId, index, line }: Props) {
  const editLine = useCostLineEdit(lineId);
  const at = `costLines[${index}]`;
  const valueType = line.valueType ?? COST_LINE_DEFAULTS.valueType;
  return (
    <>
      <SelectInput<ValueType>
        label="Value type"
        path={`${at}.valueType`}
        hint="The financial case counts fiscal lines only; the economic case counts all three."
        value={valueType}
        options={VALUE_TYPE_OPTIONS}
        onChange={(v) => {
          editLine('valueType', (l) => {
            l.valueType = v;
            // Only fiscal value can be cashable: the same step unticks it, so the model stays valid.
            if (v !== 'fiscal') l.cashable = false;
          });
        }}
      />
      {/* Kept in view on a non-fiscal line that is still ticked (from a file), so it can be unticked. */}
      {(valueType === 'fiscal' || line.cashable === true) && (
        <CheckboxInput
          label="Cashable"
          path={`${at}.cashable`}
          hint={CASHABLE_HINT}
          checked={line.cashable ?? COST_LINE_DEFAULTS.cashable}
          onChange={(v) => {
            editLine('cashable', (l) => {
              l.cashable = v;
            });
          }}
        />
      )}
    </>
  );
}
