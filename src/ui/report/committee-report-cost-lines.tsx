import type { Model } from '../../model/model';
import { confidenceText, unitCostText, valueTypeText } from './unit-cost-text';
import { formatFinancialYear } from '../shared/format';
import { lineConfidence } from '../shared/key-assumptions';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model };

/** "0.2 per case a year × 26": how often a line's cost falls on a case, and how many units each time. */
function howOften(line: Model['costLines'][number]): string {
  const each = line.quantity.eq(1) ? '' : ` × ${line.quantity.toString()}`;
  return `${line.rate.toString()} per case a year${each}`;
}

/**
 * Every cost line with its unit cost, price year, value type, source and the confidence the unit-cost
 * library gives the figure it was taken from ("Not rated" for a figure typed in or changed since).
 */
export function CommitteeReportCostLines({ model }: Props) {
  const streams = new Map(model.streams.map((s) => [s.id, s.name.trim() || s.id]));
  return (
    <ScrollRegion>
      <table className="data-table committee-report__table committee-report__assumptions">
        <caption>
          The costs of doing nothing: each line’s unit cost, price year, source and confidence
        </caption>
        <thead>
          <tr>
            <th scope="col">Cost line</th>
            <th scope="col" className="committee-report__caseload">
              Caseload and how often
            </th>
            <th scope="col" className="num">
              Unit cost
            </th>
            <th scope="col">Price year</th>
            <th scope="col">Value type</th>
            <th scope="col">Confidence</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {model.costLines.map((line) => {
            const confidence = lineConfidence(line);
            return (
              <tr key={line.id}>
                <th scope="row">{line.name.trim() || line.id}</th>
                <td>
                  {streams.get(line.stream) ?? line.stream}: {howOften(line)}
                </td>
                <td className="num">{unitCostText(line.unitCost.toString(), line.unit)}</td>
                <td>{formatFinancialYear(line.priceYear)}</td>
                <td>{valueTypeText(line)}</td>
                <td>
                  <span className={`confidence confidence--${confidence.replace(' ', '-')}`}>
                    {confidenceText(confidence)}
                  </span>
                </td>
                <td className="committee-report__source">{line.source.trim() || 'Not stated'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
