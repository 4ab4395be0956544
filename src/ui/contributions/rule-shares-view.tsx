import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { compareRules } from '../../model/rule-comparison';
import { formatMoney } from '../shared/format';
import { moneyTick } from '../shared/axis-format';
import { basisLabel } from '../shared/basis-label';
import { ChartFigure } from '../shared/chart-figure';
import { PatternDefs, patternFill } from '../shared/chart-patterns';
import { listNames } from '../shared/payers';
import { ruleSharesData } from '../shared/rule-shares-data';
import { RuleSharesTable } from './rule-shares-table';
import { tooltipText } from '../shared/tooltip-text';

type Props = { model: Model; results: Results; scenarioId: string };

/** Chart 6: the contribution shares under every rule side by side, always in present value. */
export function RuleSharesView({ model, results, scenarioId }: Props) {
  const data = useMemo(() => {
    const comparison = compareRules(model, results, scenarioId);
    return comparison ? ruleSharesData(model, comparison) : null;
  }, [model, results, scenarioId]);
  const prefix = `rs${useId().replace(/:/g, '')}`;
  if (!data) return null;
  const title = 'Who would pay what under each rule';
  const basis = basisLabel('pv', model);
  const height = `${Math.max(14, data.grid.rows.length * (data.series.length + 1.5) * 0.9 + 4)}rem`;
  return (
    <section aria-labelledby="rules-heading" className="results-section">
      <h3 id="rules-heading">The contribution rules side by side</h3>
      <p>
        Each rule shares the same pool: the services&rsquo; cost, {formatMoney(data.grid.poolPV)} in
        present value. The rules by cost borne and by benefit weigh fiscal values alone: who pays is
        argued on the financial case.
        {data.grid.nonPayers.length > 0 &&
          ` ${listNames(data.grid.nonPayers)} ${data.grid.nonPayers.length === 1 ? 'bears' : 'bear'} costs but never ${data.grid.nonPayers.length === 1 ? 'pays' : 'pay'}, so ${data.grid.nonPayers.length === 1 ? 'is' : 'are'} not listed.`}
      </p>
      <ul className="rule-list">
        {data.grid.columns.map((c) => (
          <li key={c.rule}>
            <strong>{c.label}</strong>
            {c.isCurrent && <span className="rule-current">Current rule</span>}: {c.explanation}
          </li>
        ))}
        {data.grid.errors.map((e) => (
          <li key={e.rule}>
            <strong>{e.label}</strong>: cannot be worked out. {e.message}
          </li>
        ))}
      </ul>
      <ChartFigure
        title={title}
        basis={basis}
        data={data}
        pence
        height={height}
        table={
          <RuleSharesTable
            grid={data.grid}
            caption={`${title} (${basis}; % is the share of the pool)`}
          />
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            layout="vertical"
            data={data.points}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            barGap={1}
          >
            <PatternDefs prefix={prefix} items={data.series} />
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={moneyTick} tickCount={6} />
            <YAxis type="category" dataKey="label" width={240} interval={0} />
            <Tooltip formatter={tooltipText} />
            {data.series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={patternFill(prefix, s.key, s.pattern, s.colour)}
                stroke={s.colour}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </section>
  );
}
