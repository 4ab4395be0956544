import { Dec } from '../../model/decimal';
import { formatMoney } from '../shared/format';
import type { RuleGrid } from '../shared/rule-shares-data';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { grid: RuleGrid; caption: string };

/** "53.2%": a partner's share of the pool, one decimal place kept so the column lines up. */
function percent(share: Dec): string {
  return `${share.times(100).toFixed(1, Dec.ROUND_HALF_UP)}%`;
}

/**
 * Partners down the side, rules across, each cell the contribution in whole pounds with its share of the
 * pool beneath: narrow enough for a portrait A4 page with every rule beside the chosen one.
 */
export function CommitteeReportRuleTable({ grid, caption }: Props) {
  return (
    <ScrollRegion>
      <table className="data-table committee-report__table committee-report__rules">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            {grid.columns.map((c) => (
              <th key={c.rule} scope="col" className="num">
                {c.label}
                {c.isCurrent && <span className="committee-report__chosen">chosen rule</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.partnerId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, k) => (
                <td key={k} className="num">
                  {formatMoney(cell.contribution)}
                  <span className="committee-report__share">({percent(cell.share)})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {grid.shortfall && (
            <tr>
              <th scope="row">Shortfall (offers only; a surplus is negative)</th>
              {grid.shortfall.map((amount, k) => (
                <td key={k} className="num">
                  {amount === null ? '–' : formatMoney(amount)}
                </td>
              ))}
            </tr>
          )}
          <tr className="row--total">
            <th scope="row">Total: the pool</th>
            {grid.totals.map((total, k) => (
              <td key={k} className="num">
                {formatMoney(total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
