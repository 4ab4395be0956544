import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { useView } from '../../state/store-context';
import { SelectInput } from '../shared/select-input';
import { CASE_COUNTS, CASE_KINDS, CASE_NAMES } from '../shared/case-kind';
import { comparisonSentence, resolvePair } from '../shared/comparison-data';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean };

/**
 * "The cost of short-term funding": two scenarios picked by the user and the difference in net saving in
 * words, in the financial case and then in the economic case.
 */
export function FundingComparison({ model, results, basis, pence }: Props) {
  const chosen = useView((s) => s.comparison);
  const setComparison = useView((s) => s.setComparison);
  const pair = resolvePair(model, chosen);
  if (!pair) return null;
  const options = model.scenarios.map((s) => ({ value: s.id, label: s.name }));
  return (
    <section aria-labelledby="comparison-heading" className="results-section">
      <h3 id="comparison-heading">The cost of short-term funding</h3>
      <div className="comparison-pickers">
        <SelectInput
          label="Short-term funding"
          path="view.comparison.shortTerm"
          value={pair.shortTerm}
          options={options}
          onChange={(id) => {
            setComparison({ ...pair, shortTerm: id });
          }}
        />
        <SelectInput
          label="Long-term funding"
          path="view.comparison.longTerm"
          value={pair.longTerm}
          options={options}
          onChange={(id) => {
            setComparison({ ...pair, longTerm: id });
          }}
        />
      </div>
      <div aria-live="polite">
        {CASE_KINDS.map((kind) => (
          <p key={kind} className="comparison-sentence">
            <strong>
              {CASE_NAMES[kind]} ({CASE_COUNTS[kind]}):
            </strong>{' '}
            {comparisonSentence(model, results, pair, basis, kind, pence)}
          </p>
        ))}
      </div>
    </section>
  );
}
