/**
 * Who pays under each rule, side by side: the paying partners down the side, the rules across, each
 * cell the partner's contribution (present value). Victims, families and the wider economy bear costs
 * but never pay, so they are not listed. Under a "what if", each cell also shows the saved figure.
 */
import type { Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { ContributionRule } from '../../model/model-file';
import { SOCIETY_KIND } from '../../model/records/partner';
import { isRuleError, type RuleComparison, type RuleOutcome } from '../../model/rule-comparison';
import { formatMoney } from '../shared/format';
import { moneyCell, type CsvCell, type CsvTable } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

const RULE_NAMES: Record<ContributionRule, string> = {
  equal: 'Equal shares',
  costBorne: 'By cost borne',
  benefit: 'By benefit',
  custom: 'Agreed shares',
  offers: 'Offers',
};

function contributionOf(outcome: RuleOutcome | undefined, partnerId: string): Dec | null {
  if (!outcome || isRuleError(outcome)) return null;
  return outcome.partners.find((p) => p.partnerId === partnerId)?.contribution ?? null;
}

function shortfallOf(outcome: RuleOutcome | undefined): Dec | null {
  if (!outcome || isRuleError(outcome)) return null;
  return outcome.shortfall;
}

/** The table as CSV: each rule's contribution in present value, and under a "what if" the saved figure too. */
function whoPaysCsv(
  payers: readonly { id: string; name: string }[],
  shown: RuleComparison,
  saved: RuleComparison | null,
  hasShortfall: boolean,
): Omit<CsvTable, 'title'> {
  const money = (value: Dec | null): CsvCell => (value === null ? null : moneyCell(value));
  const columns = shown.rules.map((o, i) => {
    const name = `${RULE_NAMES[o.rule]}${o.rule === shown.currentRule ? ' (the scenario’s rule)' : ''}`;
    return {
      header: saved
        ? [`${name}: what if (£, present value)`, `${name}: saved (£, present value)`]
        : [`${name} (£, present value)`],
      cell: (pick: (outcome: RuleOutcome | undefined) => Dec | null) =>
        saved ? [money(pick(o)), money(pick(saved.rules[i]))] : [money(pick(o))],
    };
  });
  const rows: CsvCell[][] = payers.map((partner) => [
    partner.name,
    ...columns.flatMap((c) => c.cell((o) => contributionOf(o, partner.id))),
  ]);
  if (hasShortfall)
    rows.push(['Shortfall (not yet funded)', ...columns.flatMap((c) => c.cell(shortfallOf))]);
  return { header: ['Partner', ...columns.flatMap((c) => c.header)], rows };
}

function Cell({ value, saved }: { value: Dec | null; saved: Dec | null | undefined }) {
  return (
    <td className="num">
      {value === null ? 'n/a' : formatMoney(value)}
      {saved !== undefined && (
        <span className="meeting-who-pays__saved">
          was {saved === null ? 'n/a' : formatMoney(saved)}
        </span>
      )}
    </td>
  );
}

export function MeetingWhoPays({
  model,
  saved,
  whatIf,
}: {
  model: Model;
  saved: RuleComparison;
  whatIf: RuleComparison | null;
}) {
  const payers = model.partners.filter((p) => p.kind !== SOCIETY_KIND);
  const shown = whatIf ?? saved;
  const savedOf = (index: number): RuleOutcome | undefined => saved.rules[index];
  const hasShortfall = shown.rules.some((o) => shortfallOf(o) !== null);
  const errors = shown.rules.flatMap((o) =>
    isRuleError(o) ? [`${RULE_NAMES[o.rule]}: ${o.error}`] : [],
  );
  return (
    <section className="meeting-who-pays" aria-labelledby="meeting-who-pays-title">
      <h3 id="meeting-who-pays-title" className="meeting-case__title">
        Who pays under each rule
      </h3>
      <table className="data-table meeting-who-pays__table">
        <caption>
          {whatIf ? 'What if: ' : ''}each partner’s contribution, present value, pool{' '}
          {formatMoney(shown.poolPV)}
          {whatIf ? ' (saved figure under each)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            {shown.rules.map((o) => (
              <th key={o.rule} scope="col" className="num">
                {RULE_NAMES[o.rule]}
                {o.rule === shown.currentRule && (
                  <span className="meeting-who-pays__current">the scenario’s rule</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {payers.map((partner) => (
            <tr key={partner.id}>
              <th scope="row">{partner.name}</th>
              {shown.rules.map((o, i) => (
                <Cell
                  key={o.rule}
                  value={contributionOf(o, partner.id)}
                  saved={whatIf ? contributionOf(savedOf(i), partner.id) : undefined}
                />
              ))}
            </tr>
          ))}
          {hasShortfall && (
            <tr>
              <th scope="row">Shortfall (not yet funded)</th>
              {shown.rules.map((o, i) => {
                const value = shortfallOf(o);
                return value === null ? (
                  <td key={o.rule} />
                ) : (
                  <Cell
                    key={o.rule}
                    value={value}
                    saved={whatIf ? shortfallOf(savedOf(i)) : undefined}
                  />
                );
              })}
            </tr>
          )}
        </tbody>
      </table>
      <TableCsvButton
        title={whatIf ? 'What if: who pays under each rule' : 'Who pays under each rule'}
        table={() => whoPaysCsv(payers, shown, whatIf ? saved : null, hasShortfall)}
      />
      {errors.length > 0 && (
        <ul className="meeting-who-pays__errors">
          {errors.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
