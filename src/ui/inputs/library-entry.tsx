import { Dec } from '../../model/decimal';
import type { UnitCostEntry } from '../../model/reference/unit-cost-library';
import { formatFinancialYear, formatMoney } from '../shared/format';

type Props = { entry: UnitCostEntry; onAdd: (entry: UnitCostEntry) => void };

function costText(unitCost: string): string {
  const amount = new Dec(unitCost);
  return formatMoney(amount, { pence: !amount.isInteger() });
}

/** One published figure: what it costs, who bears it, how sure the source is, and what not to add to it. */
export function LibraryEntry({ entry, onAdd }: Props) {
  return (
    <li className="library-entry">
      <div className="library-entry__text">
        <h4>{entry.name}</h4>
        <p>
          <span className="money">{costText(entry.unitCost)}</span> per {entry.unit}, at{' '}
          {formatFinancialYear(entry.priceYear)} prices. Borne by {entry.bearerLabel}. Confidence:{' '}
          {entry.confidence}.
        </p>
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
