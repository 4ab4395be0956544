import type { Model } from '../../model/model';
import type { Basis, ScenarioResult } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { FigureTable } from '../shared/figure-table';
import { costBorneTable } from './cost-borne-data';

type Props = { model: Model; result: ScenarioResult; basis: Basis };

/** Every partner that bears cost, society too: fiscal values (the financial case) first, then all value types. */
export function CostBorneTable({ model, result, basis }: Props) {
  return (
    <section aria-labelledby="borne-heading" className="results-section">
      <h3 id="borne-heading">Who bears the cost</h3>
      <p>
        The cost of doing nothing each partner bears, and the part of it {result.name} avoids.
        Fiscal values land in public bodies&rsquo; budgets; the other value types fall on the
        economy and on victims and families, who bear costs but never pay into the pool.
      </p>
      <FigureTable
        table={costBorneTable(model, result, basis)}
        caption={`Cost borne and cost avoided by each partner under ${result.name} (${basisLabel(basis, model)})`}
        pence
        title={`Cost borne and cost avoided by each partner under ${result.name}`}
        basis={basisLabel(basis, model)}
      />
    </section>
  );
}
