/**
 * The projection of doing nothing: caseloads, each cost line's cost and each partner's share of it. It
 * depends on no service or scenario, so a caller may keep it across edits that touch only those.
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { projectionYears } from './financial-year';
import type { Bearer, CostLine, Model } from './model';
import type { DoNothingResult } from './results';
import { projectCaseload } from './trends';
import { seriesOf, totalsOfSeries, yearFactors } from './year-factors';

/** f_j: converts a unit cost from its price year to the model's price base through the price index. */
function priceFactor(model: Model, priceYear: number): Dec {
  if (priceYear === model.priceBaseYear) return ONE;
  const base = model.priceIndex.get(model.priceBaseYear);
  const then = model.priceIndex.get(priceYear);
  return base && then ? base.div(then) : ONE;
}

/**
 * Lines borne by the same partners in the same shares. A partner's part of such lines is its share of
 * their summed cost, so the work grows with the number of different sharings, not lines × bearers.
 */
export type BearerSet = { bearers: readonly Bearer[]; lineIndexes: number[] };

export function bearerSets(lines: readonly CostLine[]): BearerSet[] {
  const sets = new Map<string, BearerSet>();
  lines.forEach((line, j) => {
    // The partner id's length first, so no two different lists of bearers make the same key.
    const key = line.bearers
      .map((b) => `${b.partner.length}:${b.partner}=${b.share.toString()}`)
      .join('|');
    const set = sets.get(key);
    if (set) set.lineIndexes.push(j);
    else sets.set(key, { bearers: line.bearers, lineIndexes: [j] });
  });
  return [...sets.values()];
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
  const factors = yearFactors(years, model.priceBaseYear, model.inflationRate, model.discountRate);
  const streams = model.streams.map((stream) => ({
    streamId: stream.id,
    ...projectCaseload(stream, years),
  }));
  const caseloads = new Map(streams.map((s) => [s.streamId, s.caseloads]));
  const byPartner = emptyPartnerSeries(model);
  const lines = model.costLines.map((line) => {
    const factor = priceFactor(model, line.priceYear);
    const perCase = line.rate.times(line.quantity).times(line.unitCost).times(factor);
    const cases = caseloads.get(line.stream) ?? zeroSeries(model.horizonYears);
    const cost = cases.map((n) => n.times(perCase));
    return { lineId: line.id, priceFactor: factor, cost };
  });
  const costs = lines.map((l) => l.cost);
  for (const set of bearerSets(model.costLines))
    shareAmongBearers(
      set.bearers,
      sumOfLines(costs, set.lineIndexes, model.horizonYears),
      byPartner,
    );
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
      const cost = byPartner.get(p.id) ?? zeroSeries(model.horizonYears);
      const partnerSeries = seriesOf(cost, factors);
      const partnerTotals = totalsOfSeries(partnerSeries);
      return {
        partnerId: p.id,
        cost,
        series: partnerSeries,
        totals: partnerTotals,
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
  };
}
