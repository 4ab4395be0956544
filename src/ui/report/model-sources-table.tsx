import { useModel } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { typedNumberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { unitCostText } from './unit-cost-text';

/** The current model's own cost lines and the source each one gives, flagging those with none. */
export function ModelSourcesTable() {
  const costLines = useModel((s) => s.file.costLines);
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const missing = costLines.filter((line) => !line.source?.trim()).length;
  if (costLines.length === 0) return <p>This model has no cost lines yet.</p>;
  return (
    <>
      <p>
        {missing === 0
          ? `Every one of this model’s ${costLines.length} cost lines gives its source.`
          : `${missing} of this model’s ${costLines.length} cost lines ${missing === 1 ? 'gives' : 'give'} no source: add one on the Costs of doing nothing screen so others can check the figure.`}
      </p>
      <div
        className="table-scroll report-table-scroll"
        role="region"
        aria-labelledby="model-sources-caption"
        tabIndex={0}
      >
        <table className="data-table report-table">
          <caption id="model-sources-caption">Sources of this model’s cost lines</caption>
          <thead>
            <tr>
              <th scope="col">Cost line</th>
              <th scope="col" className="num">
                Unit cost
              </th>
              <th scope="col">Price year</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {costLines.map((line) => {
              const source = line.source?.trim() ?? '';
              return (
                <tr key={line.id}>
                  <th scope="row">{line.name || line.id}</th>
                  <td className="num report-table__cost">
                    {unitCostText(line.unitCost, line.unit)}
                  </td>
                  <td>{formatFinancialYear(line.priceYear ?? priceBaseYear)}</td>
                  <td className="report-table__text">
                    {source || <strong className="missing-source">No source given</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TableCsvButton
        title="Sources of this model’s cost lines"
        table={() => ({
          header: ['Cost line', 'Unit cost (£, at its price year)', 'Per', 'Price year', 'Source'],
          rows: costLines.map((line) => [
            line.name || line.id,
            typedNumberCell(line.unitCost),
            line.unit ?? '',
            formatFinancialYear(line.priceYear ?? priceBaseYear),
            line.source?.trim() ?? '',
          ]),
        })}
      />
    </>
  );
}
