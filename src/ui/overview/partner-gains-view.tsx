import type { Model } from '../../model/model';
import type { ScenarioResult } from '../../model/results';
import { formatMoney } from '../shared/format';
import { ScrollRegion } from '../shared/scroll-region';
import { basisLabel } from '../shared/basis-label';
import { moneyCell, moneyHeader } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { partnerGains } from './partner-gains';
import { ScreenLink } from './screen-link';

type Props = { model: Model; result: ScenarioResult; onNavigate: (screen: string) => void };

function name(result: ScenarioResult): string {
  return result.name.trim() || result.scenarioId;
}

/** The paying partners who gain most and least under the best scenario, and the rest between them. */
export function PartnerGainsView({ model, result, onNavigate }: Props) {
  const gains = partnerGains(model, result);
  const most = gains[0];
  const least = gains.at(-1);
  if (!most || !least) return null;
  return (
    <section aria-labelledby="overview-partners-heading" className="overview-section">
      <h3 id="overview-partners-heading">Who gains most and least</h3>
      <p>
        {gains.length === 1
          ? `Under ${name(result)}, ${most.name} is the only paying partner: its budget gains ${formatMoney(most.netBenefit)} in present value.`
          : `Under ${name(result)}, ${most.name} gains most (${formatMoney(most.netBenefit)} in present value) and ${least.name} gains least (${formatMoney(least.netBenefit)}): the fiscal cost each avoids in its own budget, less what it pays in.`}{' '}
        <ScreenLink screen="contributions" onNavigate={onNavigate}>
          See who pays what
        </ScreenLink>
        .
      </p>
      <ScrollRegion>
        <table className="data-table">
          <caption>
            Each paying partner’s gain under {name(result)} (present value, fiscal values), largest
            first
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" className="num">
                Fiscal cost avoided
              </th>
              <th scope="col" className="num">
                Contribution
              </th>
              <th scope="col" className="num">
                Net benefit
              </th>
            </tr>
          </thead>
          <tbody>
            {gains.map((gain) => (
              <tr key={gain.partnerId}>
                <th scope="row">{gain.name}</th>
                <td className="num">{formatMoney(gain.avoided)}</td>
                <td className="num">{formatMoney(gain.contribution)}</td>
                <td className="num">{formatMoney(gain.netBenefit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <TableCsvButton
        title={`Each paying partner’s gain under ${name(result)}`}
        table={() => ({
          header: [
            'Partner',
            moneyHeader('Fiscal cost avoided', basisLabel('pv', model)),
            moneyHeader('Contribution', basisLabel('pv', model)),
            moneyHeader('Net benefit', basisLabel('pv', model)),
          ],
          rows: gains.map((gain) => [
            gain.name,
            moneyCell(gain.avoided),
            moneyCell(gain.contribution),
            moneyCell(gain.netBenefit),
          ]),
        })}
      />
    </section>
  );
}
