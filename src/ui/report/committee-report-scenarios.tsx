import type { Model } from '../../model/model';
import { formatPercent } from '../shared/format';
import { RULE_LABELS } from '../shared/rule-words';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model };

function years(count: number): string {
  return `${count} ${count === 1 ? 'year' : 'years'}`;
}

function gapWords(scenario: Model['scenarios'][number]): string {
  const gap =
    scenario.renewalGapMonths === 0
      ? 'None'
      : `${scenario.renewalGapMonths} ${scenario.renewalGapMonths === 1 ? 'month' : 'months'}`;
  return scenario.rampRestartsOnRenewal ? `${gap}; the ramp-up starts again` : gap;
}

/** How each scenario funds the services: for how long, in contracts of what length, with what gaps. */
export function CommitteeReportScenarios({ model }: Props) {
  return (
    <ScrollRegion>
      <table className="data-table committee-report__table committee-report__assumptions">
        <caption>The funding scenarios</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Funded for</th>
            <th scope="col">Contracts of</th>
            <th scope="col">Gap at each renewal</th>
            <th scope="col" className="num">
              Effectiveness
            </th>
            <th scope="col">Contribution rule</th>
          </tr>
        </thead>
        <tbody>
          {model.scenarios.map((scenario) => (
            <tr key={scenario.id}>
              <th scope="row">{scenario.name.trim() || scenario.id}</th>
              <td>{years(scenario.fundedYears)}</td>
              <td>{years(scenario.contractYears)}</td>
              <td>{gapWords(scenario)}</td>
              <td className="num">{formatPercent(scenario.effectiveness)}</td>
              <td>{RULE_LABELS[scenario.contributions.rule]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
