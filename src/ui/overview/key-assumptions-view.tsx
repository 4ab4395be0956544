import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import type { UnitCostConfidence } from '../../model/reference/unit-cost-library';
import { formatPercent } from '../shared/format';
import { ScrollRegion } from '../shared/scroll-region';
import { percentCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { serviceAssumptions, topCostLines } from '../shared/key-assumptions';
import { ScreenLink } from './screen-link';

type Props = { model: Model; results: Results; onNavigate: (screen: string) => void };

const CONFIDENCE_WORDS: Record<UnitCostConfidence, string> = {
  green: 'Green (high)',
  amber: 'Amber (medium)',
  red: 'Red (low)',
  'not rated': 'Not rated',
};

const VALUE_TYPE_WORDS = { fiscal: 'Fiscal', economic: 'Economic', social: 'Social' } as const;

/** The few assumptions the answer leans on most: the biggest costs and what each service is assumed to do. */
export function KeyAssumptionsView({ model, results, onNavigate }: Props) {
  const lines = topCostLines(model, results);
  const services = serviceAssumptions(model);
  return (
    <section aria-labelledby="overview-assumptions-heading" className="overview-section">
      <h3 id="overview-assumptions-heading">The assumptions that matter most</h3>
      {lines.length > 0 && (
        <>
          <p>
            These cost lines make up most of the cost of doing nothing; confidence is the rating the
            unit-cost library gives the figure.{' '}
            <ScreenLink screen="costs" onNavigate={onNavigate}>
              Check the costs of doing nothing
            </ScreenLink>
            .
          </p>
          <ScrollRegion>
            <table className="data-table">
              <caption>
                The largest cost lines, with their share of the cost of doing nothing (present
                value, all value types)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Cost line</th>
                  <th scope="col">Value type</th>
                  <th scope="col" className="num">
                    Share
                  </th>
                  <th scope="col">Source</th>
                  <th scope="col">Confidence</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.lineId}>
                    <th scope="row">{line.name}</th>
                    <td>{VALUE_TYPE_WORDS[line.valueType]}</td>
                    <td className="num">{line.share === null ? '–' : formatPercent(line.share)}</td>
                    <td>{line.source || 'No source given'}</td>
                    <td>{CONFIDENCE_WORDS[line.confidence]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <TableCsvButton
            title="The largest cost lines"
            table={() => ({
              header: [
                'Cost line',
                'Value type',
                'Share of the cost of doing nothing (%, present value, all value types)',
                'Source',
                'Confidence',
              ],
              rows: lines.map((line) => [
                line.name,
                VALUE_TYPE_WORDS[line.valueType],
                line.share === null ? null : percentCell(line.share),
                line.source,
                CONFIDENCE_WORDS[line.confidence],
              ]),
            })}
          />
        </>
      )}
      {services.length > 0 && (
        <>
          <p>
            What each service is assumed to do.{' '}
            <ScreenLink screen="services" onNavigate={onNavigate}>
              Check the services
            </ScreenLink>
            .
          </p>
          <ScrollRegion>
            <table className="data-table">
              <caption>
                Each service’s reach, how long its help lasts, and its additionality
              </caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Reaches</th>
                  <th scope="col">Help lasts</th>
                  <th scope="col">Deadweight and attribution</th>
                </tr>
              </thead>
              <tbody>
                {services.map((service) => (
                  <tr key={service.serviceId}>
                    <th scope="row">{service.name}</th>
                    <td>{service.reach}</td>
                    <td>{service.benefit}</td>
                    <td>{service.additionality}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <TableCsvButton
            title="Each service’s reach, how long its help lasts, and its additionality"
            table={() => ({
              header: ['Service', 'Reaches', 'Help lasts', 'Deadweight and attribution'],
              rows: services.map((service) => [
                service.name,
                service.reach,
                service.benefit,
                service.additionality,
              ]),
            })}
          />
        </>
      )}
    </section>
  );
}
