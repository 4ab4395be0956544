import type { Model } from '../../model/model';
import { formatMoney, formatPercent } from '../shared/format';
import { serviceAssumptions } from '../shared/key-assumptions';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model };

/** What each service costs, whom it reaches, how long its help lasts and how much of it is counted. */
export function CommitteeReportServices({ model }: Props) {
  const words = serviceAssumptions(model);
  return (
    <ScrollRegion>
      <table className="data-table committee-report__table committee-report__assumptions">
        <caption>The services: cost, reach, how long the help lasts and additionality</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col" className="num">
              Running cost a year
            </th>
            <th scope="col" className="num">
              Set-up cost
            </th>
            <th scope="col">Reach</th>
            <th scope="col">Help lasts</th>
            <th scope="col">Additionality</th>
            <th scope="col">Optimism bias</th>
          </tr>
        </thead>
        <tbody>
          {model.services.map((service, i) => (
            <tr key={service.id}>
              <th scope="row">{service.name.trim() || service.id}</th>
              <td className="num">{formatMoney(service.annualCost)}</td>
              <td className="num">{formatMoney(service.setupCost)}</td>
              <td>{words[i]?.reach}</td>
              <td>{words[i]?.benefit}</td>
              <td>{words[i]?.additionality}</td>
              <td>
                Costs {formatPercent(service.costOptimismBias)}; benefits{' '}
                {formatPercent(service.optimismBias)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
