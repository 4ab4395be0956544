import { Dec } from '../../model/decimal';
import {
  findUnitCost,
  isSuperseded,
  type UnitCostConfidence,
  type UnitCostEntry,
} from '../../model/reference/unit-cost-library';
import type { ValueType } from '../../model/records/cost-line';
import { formatFinancialYear, formatMoney } from '../shared/format';

type Props = { entry: UnitCostEntry; onAdd: (entry: UnitCostEntry) => void };

/** Plain words for each value type, as the library panel explains them. */
const VALUE_TYPE_WORDS: Record<ValueType, string> = {
  fiscal: "fiscal (a public body's budget)",
  economic: 'economic (a cost to the economy, not to public budgets)',
  social: "social (harm to victims' health and wellbeing, not to public budgets)",
};

const CONFIDENCE_WORDS: Record<UnitCostConfidence, string> = {
  green: 'green',
  amber: 'amber',
  red: 'red',
  'not rated': 'not rated (not from the Unit Cost Database)',
};

function costText(unitCost: string): string {
  const amount = new Dec(unitCost);
  return formatMoney(amount, { pence: !amount.isInteger() });
}

function cashableText(entry: UnitCostEntry): string {
  if (entry.valueType !== 'fiscal') return 'never (only fiscal value can be)';
  return entry.cashable ? 'yes, by default' : 'no, by default';
}

/** Names of the entries this one certainly includes, leaving out replaced ones that it lists for old links. */
function containedNames(entry: UnitCostEntry): string[] {
  return entry.contains.flatMap((id) => {
    const inside = findUnitCost(id);
    return inside && !isSuperseded(inside) ? [inside.name] : [];
  });
}

/**
 * One published figure: what it costs, what kind of value it is, who bears it, how sure the source is,
 * whether a saving would be cashable, and what not to add to it.
 */
export function LibraryEntry({ entry, onAdd }: Props) {
  const contained = containedNames(entry);
  return (
    <li className="library-entry">
      <div className="library-entry__text">
        <h4>{entry.name}</h4>
        <p>
          <span className="money">{costText(entry.unitCost)}</span> per {entry.unit}, at{' '}
          {formatFinancialYear(entry.priceYear)} prices
          {entry.priceYearAssumed ? ' (an assumption: the source gives no price year)' : ''}. Borne
          by {entry.bearerLabel}.
        </p>
        <p>
          Value type: {VALUE_TYPE_WORDS[entry.valueType]}. Confidence:{' '}
          {CONFIDENCE_WORDS[entry.confidence]}
          {entry.ucdCode ? ` (UCD ${entry.ucdCode})` : ''}. Cashable: {cashableText(entry)}.
        </p>
        {contained.length > 0 && <p>Already includes: {contained.join('; ')}.</p>}
        <p className="library-entry__source">
          Source: {entry.source}
          {entry.credit ? ` (credit: ${entry.credit})` : ''}.
        </p>
        {entry.warning && (
          <p className="library-entry__warning">
            <strong>Take care: </strong>
            {entry.warning}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          onAdd(entry);
        }}
      >
        Add <span className="visually-hidden">“{entry.name}”</span>
      </button>
    </li>
  );
}
