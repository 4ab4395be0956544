import type { SimulationResult } from '../../model/uncertainty/simulation';
import { ScrollRegion } from '../shared/scroll-region';
import { moneyOf, partnerSentence } from './simulation-words';

type Props = { result: SimulationResult; scenarioId: string };

/** Each partner's fiscal net benefit in the chosen scenario: 8 runs in 10 fall between P10 and P90. */
export function PartnerRanges({ result, scenarioId }: Props) {
  const scenario = result.scenarios.find((s) => s.id === scenarioId);
  const rows = result.partners.flatMap((partner) => {
    const range = partner.perScenario.find((r) => r.scenarioId === scenarioId);
    return range ? [{ id: partner.id, name: partner.name, ...range }] : [];
  });
  if (!scenario || rows.length === 0) return null;
  const mostAtRisk = rows.reduce((worst, row) => (row.p10 < worst.p10 ? row : worst));
  return (
    <>
      <h4>Each partner’s net benefit under “{scenario.name}”</h4>
      <p>
        Fiscal cost avoided for the partner less its contribution, present value.{' '}
        {partnerSentence(mostAtRisk.name, mostAtRisk.p10, mostAtRisk.p90)} No partner fares worse in
        the unluckiest run in 10.
      </p>
      <ScrollRegion>
        <table className="data-table">
          <caption>
            Each partner’s net benefit under “{scenario.name}”, 8 runs in 10 between P10 and P90
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" className="num">
                P10
              </th>
              <th scope="col" className="num">
                P50 (middle run)
              </th>
              <th scope="col" className="num">
                P90
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td className="num">{moneyOf(row.p10)}</td>
                <td className="num">{moneyOf(row.p50)}</td>
                <td className="num">{moneyOf(row.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
