import { compareScenarios } from '../../model/headline';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { useView } from '../../state/store-context';
import { basisLabel } from '../shared/basis-label';
import { CASE_COUNTS, CASE_KINDS, CASE_NAMES, caseFigures } from '../shared/case-kind';
import { comparisonSentence, resolvePair } from '../shared/comparison-data';
import { formatMoney } from '../shared/format';
import { horizonWords, scenarioName } from './committee-report-summary';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model; results: Results };

/**
 * The difference in net saving between short-term and long-term funding, in both cases: the pair the
 * Results screen compares (by default the shortest contracts funded throughout against the longest).
 */
export function CommitteeReportShortTerm({ model, results }: Props) {
  const chosen = useView((s) => s.comparison);
  const pair = resolvePair(model, chosen);
  const short = results.scenarios.find((s) => s.scenarioId === pair?.shortTerm);
  const long = results.scenarios.find((s) => s.scenarioId === pair?.longTerm);
  return (
    <section aria-labelledby="report-short-term-heading" className="committee-report__section">
      <h3 id="report-short-term-heading">The cost of short-term funding</h3>
      {!pair || !short || !long ? (
        <p>There is no funding scenario to compare.</p>
      ) : (
        <>
          {CASE_KINDS.map((kind) => (
            <p key={kind}>
              <strong>
                {CASE_NAMES[kind]} ({CASE_COUNTS[kind]}):
              </strong>{' '}
              {comparisonSentence(model, results, pair, 'pv', kind)}
            </p>
          ))}
          <ScrollRegion>
            <table className="data-table committee-report__table">
              <caption>
                Net saving over {horizonWords(model.horizonYears)} of long-term and short-term
                funding, and the difference ({basisLabel('pv', model)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col" className="num">
                    {scenarioName(long)} (long term)
                  </th>
                  <th scope="col" className="num">
                    {scenarioName(short)} (short term)
                  </th>
                  <th scope="col" className="num">
                    The cost of short-term funding
                  </th>
                </tr>
              </thead>
              <tbody>
                {CASE_KINDS.map((kind) => {
                  const longHeadline = caseFigures(long, kind).headline;
                  const shortHeadline = caseFigures(short, kind).headline;
                  const difference = compareScenarios(longHeadline, shortHeadline)
                    .netSavingDifference.pv;
                  return (
                    <tr key={kind}>
                      <th scope="row">{CASE_NAMES[kind]}</th>
                      <td className="num">{formatMoney(longHeadline.netSaving.pv)}</td>
                      <td className="num">{formatMoney(shortHeadline.netSaving.pv)}</td>
                      <td className="num">{formatMoney(difference)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
