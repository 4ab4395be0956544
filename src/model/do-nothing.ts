/**
 * The projection of doing nothing: caseloads, each cost line's cost and each partner's share of it. It
 * depends on no service or scenario, so a caller may keep it across edits that touch only those.
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { projectionYears } from './financial-year';
import type { CostLine, Model } from './model';
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

/** Adds `amount × share` into each bearer's series for year t. */
function shareAmongBearers(line: CostLine, amount: Dec, t: number, into: Map<string, Dec[]>): void {
  if (amount.isZero()) return;
  for (const bearer of line.bearers) {
    const series = into.get(bearer.partner);
    if (series) series[t] = (series[t] ?? ZERO).plus(amount.times(bearer.share));
  }
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
    cost.forEach((amount, t) => {
      shareAmongBearers(line, amount, t, byPartner);
    });
    return { lineId: line.id, priceFactor: factor, cost };
  });
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
