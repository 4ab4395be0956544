import { formatFinancialYear } from '../shared/format';
import { typedNumberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import type { AreaGroup } from './unit-cost-areas';
import { confidenceText, unitCostText, valueTypeText } from './unit-cost-text';

type Props = { group: AreaGroup; index: number };

/** One area of the unit-cost library, with every figure's price year, bearer, source and warning. */
export function UnitCostTable({ group, index }: Props) {
  const captionId = `unit-cost-area-${index}`;
  return (
    <>
      <div
        className="table-scroll report-table-scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="data-table report-table">
          <caption id={captionId}>
            {group.area} ({group.entries.length} {group.entries.length === 1 ? 'figure' : 'figures'}
            )
          </caption>
          <thead>
            <tr>
              <th scope="col">Unit cost</th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col">Price year</th>
              <th scope="col">Who bears it</th>
              <th scope="col">Value type</th>
              <th scope="col">Confidence</th>
              <th scope="col">Source</th>
              <th scope="col">Warning</th>
            </tr>
          </thead>
          <tbody>
            {group.entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{entry.name}</th>
                <td className="num report-table__cost">
                  {unitCostText(entry.unitCost, entry.unit)}
                </td>
                <td>{formatFinancialYear(entry.priceYear)}</td>
                <td>{entry.bearerLabel}</td>
                <td>{valueTypeText(entry)}</td>
                <td>
                  <span className={`confidence confidence--${entry.confidence.replace(' ', '-')}`}>
                    {confidenceText(entry.confidence)}
                  </span>
                </td>
                <td className="report-table__text">{entry.source}</td>
                <td className="report-table__text">
                  {entry.supersededBy
                    ? `Replaced by a corrected entry: kept only so that older links still open. ${entry.warning ?? ''}`
                    : (entry.warning ?? 'None')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableCsvButton
        title={`Unit costs: ${group.area}`}
        table={() => ({
          header: [
            'Unit cost',
            'Cost (£, at its price year)',
            'Per',
            'Price year',
            'Who bears it',
            'Value type',
            'Confidence',
            'Source',
            'Warning',
          ],
          rows: group.entries.map((entry) => [
            entry.name,
            typedNumberCell(entry.unitCost),
            entry.unit,
            formatFinancialYear(entry.priceYear),
            entry.bearerLabel,
            valueTypeText(entry),
            confidenceText(entry.confidence),
            entry.source,
            entry.supersededBy
              ? `Replaced by a corrected entry: kept only so that older links still open. ${entry.warning ?? ''}`.trim()
              : (entry.warning ?? ''),
          ]),
        })}
      />
    </>
  );
}
