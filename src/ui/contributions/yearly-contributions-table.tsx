import type { Model } from '../../model/model';
import type { Basis, Results, ScenarioResult } from '../../model/results';
import { formatMoney } from '../shared/format';
import { basisLabel } from '../shared/basis-label';
import { FigureTable } from '../shared/figure-table';
import { yearlyContributions } from './yearly-contributions-data';

type Props = { model: Model; results: Results; result: ScenarioResult; basis: Basis };

/** Contributions by year, to the penny, with the total reconciled to the pool. */
export function YearlyContributionsTable({ model, results, result, basis }: Props) {
  // Present value is a total, not a yearly figure: the years are shown in real terms then.
  const yearly = basis === 'cash' ? 'cash' : 'real';
  const data = yearlyContributions(model, results, result, yearly);
  const label = basisLabel(yearly, model);
  const span = `${model.horizonYears} ${model.horizonYears === 1 ? 'year' : 'years'}`;
  return (
    <section aria-labelledby="yearly-heading" className="results-section">
      <h3 id="yearly-heading">Contributions year by year</h3>
      {basis === 'pv' && (
        <p>Present value is a total over the years, so this table shows each year in real terms.</p>
      )}
      <p className="reconcile-note">
        {data.shortfall !== null
          ? `The offers leave ${data.shortfall.isNegative() ? 'a surplus' : 'a shortfall'} of ${formatMoney(data.shortfall.abs(), { pence: true })} over ${span} (${label}).`
          : data.reconciles
            ? 'The contributions add up to the pool to the penny in every year.'
            : 'The contributions do not add up to the pool in every year: see the rows below.'}
      </p>
      <FigureTable
        table={data.table}
        caption={`Contributions by year under ${result.name} (${label})`}
        pence
        title={`Contributions by year under ${result.name}`}
        basis={label}
      />
    </section>
  );
}
