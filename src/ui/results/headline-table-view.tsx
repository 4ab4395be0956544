import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { FigureTable } from '../shared/figure-table';
import { CASE_KINDS } from '../shared/case-kind';
import { CaseTable } from './case-table';
import { CasesSummary } from '../shared/cases-summary';
import { valueTypeTable } from './value-type-data';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean };

/**
 * Headline figures in the financial case and the economic case side by side (stacked on a narrow screen),
 * the financial case first, then the cost of doing nothing and the cost avoided by value type.
 */
export function HeadlineTableView({ model, results, basis, pence }: Props) {
  const label = basisLabel(basis, model);
  return (
    <section aria-labelledby="headline-heading" className="results-section">
      <h3 id="headline-heading">Headline figures</h3>
      <p>
        The financial case counts only what lands in public bodies&rsquo; budgets (fiscal values):
        it is the case for who pays. The economic case adds the costs to the wider economy and the
        harm to victims and families. Both weigh the same service cost.
      </p>
      <CasesSummary model={model} results={results} basis={basis} pence={pence} />
      <div className="case-cards" style={CARDS_STYLE}>
        {CASE_KINDS.map((kind) => (
          <CaseTable
            key={kind}
            model={model}
            results={results}
            basis={basis}
            pence={pence}
            kind={kind}
          />
        ))}
      </div>
      <section aria-labelledby="value-types-heading">
        <h4 id="value-types-heading">By value type</h4>
        <FigureTable
          table={valueTypeTable(results, basis)}
          caption={`The cost of doing nothing and the cost avoided, by value type (${label})`}
          title="The cost of doing nothing and the cost avoided, by value type"
          basis={label}
          pence={pence}
        />
      </section>
    </section>
  );
}

/** Side by side while there is room, each card wrapping under the other when there is not. */
const CARDS_STYLE = { display: 'flex', flexWrap: 'wrap', gap: '1rem 2rem' } as const;
