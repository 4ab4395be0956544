/**
 * The figures whose value is uncertain, each with its range (a 90% interval): the one the user set, or
 * the default that follows the figure's confidence (green ±10%, amber ±25%, red or not rated ±50% of the
 * value, kept within what the figure may be). `withInput` puts another value in one figure's place, which
 * is how the sensitivity analysis and the switching values move one input at a time.
 */
import { Dec, ONE, ZERO } from '../decimal';
import { projectionYears } from '../financial-year';
import type { CostLine, Effect, Model, Scenario, Service, Stream } from '../model';
import { UNIT_COST_LIBRARY } from '../reference/unit-cost-library';
import { projectCaseload } from '../trends';
import type { Confidence, InputKind, UncertainInput } from './uncertain-input';

/** How far either side of today's value a default range reaches, as a share of the value. */
export const CONFIDENCE_SPREAD: Readonly<Record<Confidence, Dec>> = {
  green: new Dec('0.1'),
  amber: new Dec('0.25'),
  red: new Dec('0.5'),
  'not rated': new Dec('0.5'),
};

/**
 * The lowest caseload growth the analysis tries: a fall of 99% a year (a trend's rate must stay above
 * −100%, where every case would vanish at once).
 */
export const LOWEST_GROWTH = new Dec('-0.99');

/**
 * The default 90% interval of a figure: today's value ± its confidence's spread of it, kept within the
 * figure's min and max (but never moved past today's value). A value of 0 has a range of zero width.
 */
export function defaultRange(
  value: Dec,
  confidence: Confidence,
  min: Dec | null,
  max: Dec | null,
): { low: Dec; high: Dec } {
  const spread = value.abs().times(CONFIDENCE_SPREAD[confidence]);
  let low = value.minus(spread);
  let high = value.plus(spread);
  if (min && low.lt(min)) low = Dec.min(min, value);
  if (max && high.gt(max)) high = Dec.max(max, value);
  return { low, high };
}

/** One uncertain figure as found in a model, and how to put another value in its place. */
type Entry = Omit<UncertainInput, 'low' | 'high' | 'isDefault'> & {
  replace: (model: Model, value: Dec) => Model;
};

const FRACTION_BOUNDS = { min: ZERO, max: ONE };
const NON_NEGATIVE_BOUNDS = { min: ZERO, max: null };

function quoted(name: string, id: string): string {
  return `“${name.trim() || id}”`;
}

function replaceAt<T>(items: readonly T[], i: number, item: T): T[] {
  const copy = [...items];
  copy[i] = item;
  return copy;
}

/** The library's rating of the entry a line was taken from, while every published field still matches. */
function lineConfidence(line: CostLine): Confidence {
  const entry = UNIT_COST_LIBRARY.find(
    (e) =>
      e.name === line.name &&
      e.priceYear === line.priceYear &&
      e.unit === line.unit &&
      e.source === line.source &&
      line.unitCost.eq(new Dec(e.unitCost)),
  );
  return entry?.confidence ?? 'not rated';
}

function costLineEntries(model: Model): Entry[] {
  return model.costLines.flatMap((line, j) => {
    const name = quoted(line.name, line.id);
    const withLine = (m: Model, changed: CostLine) => ({
      ...m,
      costLines: replaceAt(m.costLines, j, changed),
    });
    return [
      {
        key: `costLine:${line.id}:unitCost`,
        kind: 'unitCost' as const,
        label: `Unit cost of ${name}`,
        value: line.unitCost,
        confidence: lineConfidence(line),
        ...NON_NEGATIVE_BOUNDS,
        replace: (m: Model, value: Dec) => withLine(m, { ...line, unitCost: value }),
      },
      {
        key: `costLine:${line.id}:rate`,
        kind: 'rate' as const,
        label: `Rate of ${name}`,
        value: line.rate,
        confidence: 'not rated' as const,
        ...NON_NEGATIVE_BOUNDS,
        replace: (m: Model, value: Dec) => withLine(m, { ...line, rate: value }),
      },
    ];
  });
}

/**
 * A compound trend's growth g changes to g′ by scaling each history count by ((1 + g′)/(1 + g))^(year −
 * first projection year): the refitted trend then has growth g′ and the same caseload in the first
 * projection year, so the projected caseload in year t is scaled by ((1 + g′)/(1 + g))^t.
 */
function withCompoundGrowth(stream: Stream, growth: Dec, value: Dec, startYear: number): Stream {
  const ratio = ONE.plus(value).div(ONE.plus(growth));
  return {
    ...stream,
    history: stream.history.map((p) => ({
      year: p.year,
      count: p.count.times(ratio.pow(p.year - startYear)),
    })),
  };
}

function streamEntries(model: Model): Entry[] {
  const years = projectionYears(model.startYear, model.horizonYears);
  return model.streams.flatMap((stream, k): Entry[] => {
    const { trend } = stream;
    if (trend.method !== 'rate' && trend.method !== 'compound') return [];
    const growth =
      trend.method === 'rate' ? trend.rate : (projectCaseload(stream, years).impliedGrowth ?? ZERO);
    const withStream = (m: Model, changed: Stream) => ({
      ...m,
      streams: replaceAt(m.streams, k, changed),
    });
    return [
      {
        key: `stream:${stream.id}:growth`,
        kind: 'growth',
        label: `Caseload growth of ${quoted(stream.name, stream.id)}`,
        value: growth,
        confidence: 'not rated',
        min: Dec.min(LOWEST_GROWTH, growth),
        max: Dec.max(ONE, growth),
        replace: (m, value) => {
          if (value.lte(-1)) throw new RangeError('A caseload cannot fall by 100% a year or more.');
          return withStream(
            m,
            trend.method === 'rate'
              ? { ...stream, trend: { ...trend, rate: value } }
              : withCompoundGrowth(stream, growth, value, m.startYear),
          );
        },
      },
    ];
  });
}

const EFFECT_FIELDS = [
  ['reduction', 'Reduction'],
  ['deadweight', 'Deadweight'],
  ['attribution', 'Attribution'],
] as const;

function withService(m: Model, s: number, changed: Service): Model {
  return { ...m, services: replaceAt(m.services, s, changed) };
}

/**
 * `effect:<serviceId>:costLine:<lineId>` (or `…:stream:<streamId>`) for the k-th effect of a service whose
 * effects aim at `targets` (each `costLine:<id>` or `stream:<id>`), with `#2`, `#3`… for a second or third
 * effect on the same target, which has its own key; the field (`:reduction` …) is added by the caller.
 */
export function effectInputKey(serviceId: string, targets: readonly string[], k: number): string {
  const target = targets[k] ?? 'none';
  const n = targets.slice(0, k + 1).filter((t) => t === target).length;
  return `effect:${serviceId}:${target}${n > 1 ? `#${n}` : ''}`;
}

function effectEntries(model: Model, service: Service, s: number): Entry[] {
  const lineNames = new Map(model.costLines.map((l) => [l.id, quoted(l.name, l.id)]));
  const streamNames = new Map(model.streams.map((k) => [k.id, quoted(k.name, k.id)]));
  const seen = new Map<string, number>();
  const serviceName = quoted(service.name, service.id);
  const targets = service.effects.map((effect) => `${effect.target}:${effect.id}`);
  return service.effects.flatMap((effect, e) => {
    const target = `${effect.target}:${effect.id}`;
    const n = (seen.get(target) ?? 0) + 1;
    seen.set(target, n);
    const targetName =
      (effect.target === 'costLine' ? lineNames.get(effect.id) : streamNames.get(effect.id)) ??
      `“${effect.id}”`;
    return EFFECT_FIELDS.map(([field, word]): Entry => ({
      key: `${effectInputKey(service.id, targets, e)}:${field}`,
      kind: field,
      label: `${word}: ${serviceName} on ${targetName}${n > 1 ? ` (effect ${n})` : ''}`,
      value: effect[field],
      confidence: 'not rated',
      ...FRACTION_BOUNDS,
      replace: (m, value) => {
        const current = m.services[s] ?? service;
        const changed: Effect = { ...effect, [field]: value };
        return withService(m, s, {
          ...current,
          effects: replaceAt(current.effects, e, changed),
        });
      },
    }));
  });
}

function reachEntries(model: Model, service: Service, s: number): Entry[] {
  const streamNames = new Map(model.streams.map((k) => [k.id, quoted(k.name, k.id)]));
  // Only a reach the model states: one left out is every case (coverage 1) of the streams named.
  return (service.reach ?? []).map((reach, i) => ({
    key: `reach:${service.id}:${reach.stream}:coverage`,
    kind: 'coverage',
    label: `Coverage of ${streamNames.get(reach.stream) ?? `“${reach.stream}”`} by ${quoted(service.name, service.id)}`,
    value: reach.coverage,
    confidence: 'not rated',
    ...FRACTION_BOUNDS,
    replace: (m, value) => {
      const current = m.services[s] ?? service;
      const reaches = current.reach ?? [];
      const changed = { ...reach, coverage: value };
      return withService(m, s, { ...current, reach: replaceAt(reaches, i, changed) });
    },
  }));
}

function serviceEntries(model: Model): Entry[] {
  const effects = model.services.flatMap((service, s) => [
    ...effectEntries(model, service, s),
    ...reachEntries(model, service, s),
  ]);
  const costs = model.services.map((service, s): Entry => ({
    key: `service:${service.id}:annualCost`,
    kind: 'serviceCost',
    label: `Annual cost of ${quoted(service.name, service.id)}`,
    value: service.annualCost,
    confidence: 'not rated',
    ...NON_NEGATIVE_BOUNDS,
    replace: (m, value) => withService(m, s, { ...(m.services[s] ?? service), annualCost: value }),
  }));
  return [...effects, ...costs];
}

function scenarioEntries(model: Model): Entry[] {
  return model.scenarios.map((scenario, i): Entry => ({
    key: `scenario:${scenario.id}:effectiveness`,
    kind: 'effectiveness',
    label: `Effectiveness under ${quoted(scenario.name, scenario.id)}`,
    value: scenario.effectiveness,
    confidence: 'not rated',
    ...FRACTION_BOUNDS,
    replace: (m, value) => {
      const changed: Scenario = { ...(m.scenarios[i] ?? scenario), effectiveness: value };
      return { ...m, scenarios: replaceAt(m.scenarios, i, changed) };
    },
  }));
}

/** A model's entries, found once per model (a model is never changed in place). */
const entriesByModel = new WeakMap<Model, Map<string, Entry>>();

function entriesOf(model: Model): Map<string, Entry> {
  const known = entriesByModel.get(model);
  if (known) return known;
  const entries = [
    ...costLineEntries(model),
    ...streamEntries(model),
    ...serviceEntries(model),
    ...scenarioEntries(model),
  ];
  const byKey = new Map<string, Entry>();
  // Ids are unique in a valid model, so keys are; should two ever meet, the first keeps the key.
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  entriesByModel.set(model, byKey);
  return byKey;
}

/**
 * Every uncertain input in a stable order: each cost line's unit cost and rate; each stream's growth
 * (trends by rate or compound); each service's effects (reduction, deadweight, attribution) and stated
 * reach (coverage); each service's annual cost; each scenario's effectiveness. Ranges the user saved
 * replace the defaults.
 */
export function uncertainInputs(model: Model): UncertainInput[] {
  const saved = new Map(model.uncertainty.ranges.map((range) => [range.input, range]));
  return [...entriesOf(model).values()].map(({ replace: _, ...entry }) => {
    const range = saved.get(entry.key);
    return range
      ? { ...entry, low: range.low, high: range.high, isDefault: false }
      : {
          ...entry,
          ...defaultRange(entry.value, entry.confidence, entry.min, entry.max),
          isDefault: true,
        };
  });
}

/** The kind of an input, or null when the model has no input with this key. */
export function inputKind(model: Model, key: string): InputKind | null {
  return entriesOf(model).get(key)?.kind ?? null;
}

/**
 * A new model with one figure replaced (the rest shared with `model`); throws on a key the model does not
 * have. The value is used as given: callers keep it within the input's min and max.
 */
export function withInput(model: Model, key: string, value: Dec): Model {
  const entry = entriesOf(model).get(key);
  if (!entry) throw new Error(`The model has no uncertain input "${key}".`);
  return entry.replace(model, value);
}

/**
 * Kinds whose every change moves a net saving in a straight line: each multiplies one factor of the costs
 * avoided (C_jt, or e_sj through one effect's reduction × (1 − deadweight) × attribution) or of the pooled
 * budget. Growth, coverage and effectiveness bend it.
 */
const LINEAR_KINDS: ReadonlySet<InputKind> = new Set([
  'unitCost',
  'rate',
  'serviceCost',
  'reduction',
  'deadweight',
  'attribution',
]);

export function isLinearInput(kind: InputKind): boolean {
  return LINEAR_KINDS.has(kind);
}

/** Whether an input can move a scenario's figures: another scenario's effectiveness cannot. */
export function appliesToScenario(input: Pick<UncertainInput, 'key' | 'kind'>, scenarioId: string) {
  return input.kind !== 'effectiveness' || input.key === `scenario:${scenarioId}:effectiveness`;
}
