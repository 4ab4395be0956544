/**
 * The assumptions that matter most, kept short: the cost lines that make up most of the cost of doing
 * nothing, with their source and the confidence the library gives them, and each service's reach, how
 * long its help lasts and its additionality (deadweight and attribution).
 *
 * A line counts as taken from the library while its name, unit cost, price year, unit and source all still
 * match a library entry (the test the Costs screen uses to spot double counting); a line typed in, or
 * changed since, is "not rated".
 */
import { Dec, sum, ZERO } from '../../model/decimal';
import type { Model, Service } from '../../model/model';
import type { ValueType } from '../../model/model-file';
import type { Results } from '../../model/results';
import {
  UNIT_COST_LIBRARY,
  type UnitCostConfidence,
  type UnitCostEntry,
} from '../../model/reference/unit-cost-library';
import { formatCount, formatPercent } from './format';

export type CostAssumption = {
  lineId: string;
  name: string;
  valueType: ValueType;
  /** The line's do-nothing cost over the horizon, PV. */
  pv: Dec;
  /** Its share of the whole cost of doing nothing (every value type), PV; null when that is zero. */
  share: Dec | null;
  source: string;
  confidence: UnitCostConfidence;
};

export type ServiceAssumption = {
  serviceId: string;
  name: string;
  reach: string;
  benefit: string;
  additionality: string;
};

export const TOP_COST_LINES = 5;

type LineFields = Model['costLines'][number];

function isFromEntry(line: LineFields, entry: UnitCostEntry): boolean {
  return (
    line.name === entry.name &&
    line.priceYear === entry.priceYear &&
    line.unit === entry.unit &&
    line.source === entry.source &&
    line.unitCost.eq(new Dec(entry.unitCost))
  );
}

/** The library's confidence in the entry a line was taken from; "not rated" when there is none. */
export function lineConfidence(
  line: LineFields,
  library: readonly UnitCostEntry[] = UNIT_COST_LIBRARY,
): UnitCostConfidence {
  return library.find((entry) => isFromEntry(line, entry))?.confidence ?? 'not rated';
}

/** The cost lines with the largest present value of doing nothing, largest first (equals in model order). */
export function topCostLines(
  model: Model,
  results: Results,
  limit = TOP_COST_LINES,
  library: readonly UnitCostEntry[] = UNIT_COST_LIBRARY,
): CostAssumption[] {
  const { doNothing } = results;
  const total = doNothing.totals.pv;
  const costs = new Map(doNothing.lines.map((l) => [l.lineId, l.cost]));
  const lines = model.costLines.map((line) => {
    const cost = costs.get(line.id) ?? [];
    const pv = sum(cost.map((value, t) => value.times(doNothing.factors.discount[t] ?? ZERO)));
    return {
      lineId: line.id,
      name: line.name.trim() || line.id,
      valueType: line.valueType,
      pv,
      share: total.isZero() ? null : pv.div(total),
      source: line.source.trim(),
      confidence: lineConfidence(line, library),
    };
  });
  return lines.sort((a, b) => b.pv.comparedTo(a.pv)).slice(0, limit);
}

function range(values: readonly Dec[]): string {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const low = sorted[0];
  const high = sorted.at(-1);
  if (!low || !high) return '';
  return low.eq(high) ? formatPercent(low) : `${formatPercent(low)} to ${formatPercent(high)}`;
}

function reachWords(model: Model, service: Service): string {
  if (!service.reach || service.reach.length === 0)
    return 'Not stated: every case of each caseload its effects name';
  const names = new Map(model.streams.map((s) => [s.id, s.name.trim() || s.id]));
  return service.reach
    .map((r) => {
      const cap = r.capacity === null ? '' : `, at most ${formatCount(r.capacity)} a year`;
      return `${formatPercent(r.coverage)} of ${names.get(r.stream) ?? r.stream}${cap}`;
    })
    .join('; ');
}

function benefitWords(service: Service): string {
  const years = `${service.benefitYears} ${service.benefitYears === 1 ? 'year' : 'years'}`;
  if (service.benefitYears === 1 || service.dropOffPerYear.isZero()) return years;
  return `${years}, falling by ${formatPercent(service.dropOffPerYear)} a year`;
}

function additionalityWords(service: Service): string {
  if (service.effects.length === 0) return 'No effects yet';
  const deadweight = range(service.effects.map((e) => e.deadweight));
  const attribution = range(service.effects.map((e) => e.attribution));
  return `Deadweight ${deadweight}; attribution ${attribution}`;
}

/** Each service's key assumptions in words, in model order. */
export function serviceAssumptions(model: Model): ServiceAssumption[] {
  return model.services.map((service) => ({
    serviceId: service.id,
    name: service.name.trim() || service.id,
    reach: reachWords(model, service),
    benefit: benefitWords(service),
    additionality: additionalityWords(service),
  }));
}
