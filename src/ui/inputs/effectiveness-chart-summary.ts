/**
 * One sentence per service saying what its operating-level chart shows: how fast it reaches full
 * strength, what happens at each renewal, and that it stops when funding ends. The chart's text
 * alternative.
 */
import { ZERO, type Dec } from '../../model/decimal';
import { formatFinancialYear } from '../../model/financial-year';
import type { Scenario } from '../../model/model';
import { contractsOf } from '../../model/service-schedule';
import { formatPercent } from '../shared/format';

export type SummaryInput = {
  name: string;
  scenario: Scenario;
  startYear: number;
  horizonYears: number;
  monthly: readonly Dec[];
};

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1) ?? ''}`;
}

function percent(value: Dec): string {
  return formatPercent(value, value.times(100).isInteger() ? 0 : 1);
}

export function effectivenessSummary(input: SummaryInput): string {
  const { name, scenario, startYear, horizonYears, monthly } = input;
  const peak = monthly.reduce((max, e) => (e.gt(max) ? e : max), ZERO);
  if (scenario.fundedYears === 0 || peak.isZero())
    return `${name}: not funded in this scenario, so it has no effect.`;
  const reachedAt = monthly.findIndex((e) => e.eq(peak)) + 1;
  const clauses = [
    reachedAt === 1
      ? `works at ${percent(peak)} from its first month`
      : `reaches ${percent(peak)} after ${reachedAt} months`,
  ];
  // The engine's own contracts, so the sentence cannot disagree with the chart.
  const [, ...later] = contractsOf(scenario);
  const renewals = later.length;
  const gapMonths = later[0] ? later[0].operatesFrom - later[0].start : 0;
  if (renewals > 0 && gapMonths > 0)
    clauses.push(
      `stops, helping no new cases, during each ${gapMonths}-month gap between contracts (${renewals} ${renewals === 1 ? 'renewal' : 'renewals'})`,
    );
  if (renewals > 0 && scenario.rampRestartsOnRenewal)
    clauses.push('builds up again after each renewal');
  const lastYear = formatFinancialYear(startYear + horizonYears - 1);
  if (scenario.fundedYears < horizonYears) {
    clauses.push(
      `stops when funding ends in ${formatFinancialYear(startYear + scenario.fundedYears - 1)}, helping no new cases after that (those already helped keep benefiting for the service's benefit years)`,
    );
  } else {
    clauses.push(`is funded to the end of ${lastYear}`);
  }
  return `${name}: ${joinClauses(clauses)}.`;
}
