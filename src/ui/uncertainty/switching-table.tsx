import { ScrollRegion } from '../shared/scroll-region';
import type { SwitchingCell, SwitchingLine } from './switching-data';

type Props = { lines: readonly SwitchingLine[]; scenarioName: string };

function Cells({ cell }: { cell: SwitchingCell }) {
  if (cell === null) return <td colSpan={2}>None within the values it may take</td>;
  return (
    <>
      <td className="num">{cell.value}</td>
      <td>{cell.distance}</td>
    </>
  );
}

/** Each input's switching value in both cases, and how far it is from today's value. */
export function SwitchingTable({ lines, scenarioName }: Props) {
  return (
    <ScrollRegion>
      <table className="data-table switching-table">
        <caption>
          Switching values of “{scenarioName}”: the value of each input, the others as today, at
          which the net saving over the horizon (present value) is zero
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Input
            </th>
            <th scope="col" rowSpan={2} className="num">
              Today
            </th>
            <th scope="colgroup" colSpan={2}>
              Financial case (fiscal values)
            </th>
            <th scope="colgroup" colSpan={2}>
              Economic case (all value types)
            </th>
          </tr>
          <tr>
            <th scope="col" className="num">
              Value at zero
            </th>
            <th scope="col">How far</th>
            <th scope="col" className="num">
              Value at zero
            </th>
            <th scope="col">How far</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">{line.label}</th>
              <td className="num">{line.today}</td>
              <Cells cell={line.financial} />
              <Cells cell={line.economic} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
