/**
 * The projection of doing nothing: caseloads, each cost line's cost and each partner's share of it. It
 * depends on no service or scenario, so a caller may keep it across edits that touch only those.
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { projectionYears } from './financial-year';
import type { Bearer, CostLine, Model } from './model';
import type { ValueType } from './model-file';
import type { DoNothingResult, YearFactors } from './results';
import { projectCaseload } from './trends';
import { seriesOf, totalsOf, totalsOfSeries, yearFactors } from './year-factors';

/** f_j: converts a unit cost from its price year to the model's price base through the price index. */
function priceFactor(model: Model, priceYear: number): Dec {
  if (priceYear === model.priceBaseYear) return ONE;
  const base = model.priceIndex.get(model.priceBaseYear);
  const then = model.priceIndex.get(priceYear);
  return base && then ? base.div(then) : ONE;
}

/**
 * Lines of one value type borne by the same partners in the same shares. A partner's part of such lines
 * is its share of their summed cost, so the work grows with the number of different sharings, not
 * lines × bearers.
 */
export type BearerSet = { bearers: readonly Bearer[]; valueType: ValueType; lineIndexes: number[] };

export function bearerSets(lines: readonly CostLine[]): BearerSet[] {
  const sets = new Map<string, BearerSet>();
  lines.forEach((line, j) => {
    // The partner id's length first, so no two different lists of bearers make the same key.
    const key = `${line.valueType}|${line.bearers
      .map((b) => `${b.partner.length}:${b.partner}=${b.share.toString()}`)
      .join('|')}`;
    const set = sets.get(key);
    if (set) set.lineIndexes.push(j);
    else sets.set(key, { bearers: line.bearers, valueType: line.valueType, lineIndexes: [j] });
  });
  return [...sets.values()];
}

/** Each partner's series, for all value types and for fiscal value alone. */
export type PartnerSeries = { all: Map<string, Dec[]>; fiscal: Map<string, Dec[]> };

/** Adds each set's amounts (by year) into its bearers' series, and into their fiscal series. */
export function shareSets(
  sets: readonly BearerSet[],
  amountsOf: (set: BearerSet, k: number) => readonly Dec[],
  model: Model,
): PartnerSeries {
  const all = emptyPartnerSeries(model);
  const fiscal = emptyPartnerSeries(model);
  sets.forEach((set, k) => {
    const amounts = amountsOf(set, k);
    shareAmongBearers(set.bearers, amounts, all);
    if (set.valueType === 'fiscal') shareAmongBearers(set.bearers, amounts, fiscal);
  });
  return { all, fiscal };
}

/** Σ of the given lines' series for each value type. */
export function sumByValueType(
  series: readonly (readonly Dec[])[],
  lines: readonly CostLine[],
  length: number,
): Record<ValueType, Dec[]> {
  const indexes = (type: ValueType) =>
    lines.flatMap((line, j) => (line.valueType === type ? [j] : []));
  return {
    fiscal: sumOfLines(series, indexes('fiscal'), length),
    economic: sumOfLines(series, indexes('economic'), length),
    social: sumOfLines(series, indexes('social'), length),
  };
}

/** Adds each bearer's share of `amounts[t]` into its partner's series, year by year. */
export function shareAmongBearers(
  bearers: readonly Bearer[],
  amounts: readonly Dec[],
  into: Map<string, Dec[]>,
): void {
  for (const bearer of bearers) {
    const series = into.get(bearer.partner);
    if (!series) continue;
    amounts.forEach((amount, t) => {
      if (!amount.isZero()) series[t] = (series[t] ?? ZERO).plus(amount.times(bearer.share));
    });
  }
}

/** Σ of the given lines' series, year by year, in the lines' order. */
export function sumOfLines(
  series: readonly (readonly Dec[])[],
  lineIndexes: readonly number[],
  length: number,
): Dec[] {
  const total = zeroSeries(length);
  for (const j of lineIndexes) {
    const line = series[j];
    if (line) line.forEach((amount, t) => (total[t] = (total[t] ?? ZERO).plus(amount)));
  }
  return total;
}

export function zeroSeries(length: number): Dec[] {
  return Array.from({ length }, () => ZERO);
}

export function emptyPartnerSeries(model: Model): Map<string, Dec[]> {
  return new Map(model.partners.map((p) => [p.id, zeroSeries(model.horizonYears)]));
}

/** Caseloads and the cost of doing nothing, by line and by partner, real terms with every basis beside. */
export function projectDoNothing(model: Model): DoNothingResult {
  const years = projectionYears(model.startYear, model.horizonYears);
  const factors = yearFactors(years, model.priceBaseYear, model.inflationRate, model);
  const streams = model.streams.map((stream) => ({
    streamId: stream.id,
    ...projectCaseload(stream, years),
  }));
  const caseloads = new Map(streams.map((s) => [s.streamId, s.caseloads]));
  const lines = model.costLines.map((line) => {
    const factor = priceFactor(model, line.priceYear);
    const perCase = line.rate.times(line.quantity).times(line.unitCost).times(factor);
    const cases = caseloads.get(line.stream) ?? zeroSeries(model.horizonYears);
    const cost = cases.map((n) => n.times(perCase));
    return { lineId: line.id, priceFactor: factor, cost };
  });
  const costs = lines.map((l) => l.cost);
  const H = model.horizonYears;
  const byPartner = shareSets(
    bearerSets(model.costLines),
    (set) => sumOfLines(costs, set.lineIndexes, H),
    model,
  );
  const byValueType = sumByValueType(costs, model.costLines, H);
  const total = years.map((_, t) => sum(lines.map((l) => l.cost[t] ?? ZERO)));
  const series = seriesOf(total, factors);
  const totals = totalsOfSeries(series);
  const shareOf = (part: Dec, whole: Dec) => (whole.isZero() ? null : part.div(whole));

  return {
    years,
    factors,
    streams,
    lines,
    partners: model.partners.map((p) => {
      const cost = byPartner.all.get(p.id) ?? zeroSeries(H);
      const fiscalCost = byPartner.fiscal.get(p.id) ?? zeroSeries(H);
      const partnerSeries = seriesOf(cost, factors);
      const partnerTotals = totalsOfSeries(partnerSeries);
      return {
        partnerId: p.id,
        cost,
        series: partnerSeries,
        totals: partnerTotals,
        fiscal: { cost: fiscalCost, totals: totalsOf(fiscalCost, factors) },
        share: {
          real: shareOf(partnerTotals.real, totals.real),
          cash: shareOf(partnerTotals.cash, totals.cash),
          pv: shareOf(partnerTotals.pv, totals.pv),
        },
      };
    }),
    total,
    series,
    totals,
    valueTypes: {
      fiscal: valueTypeFigures(byValueType.fiscal, factors),
      economic: valueTypeFigures(byValueType.economic, factors),
      social: valueTypeFigures(byValueType.social, factors),
    },
  };
}

function valueTypeFigures(cost: Dec[], factors: YearFactors) {
  return { cost, totals: totalsOf(cost, factors) };
}
