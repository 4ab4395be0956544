/**
 * fast-check generators of valid model files (MODEL.md, "Model file" and "Validation"). Every file made
 * here passes `readModel`; a calculation can still refuse one only where MODEL.md says it must (a costBorne
 * or benefit rule whose denominator is zero while there is something to pay for).
 *
 * Built for reuse: property tests of the engine, and round trips through links and files.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { Dec } from '../../src/model/decimal';
import { readModel } from '../../src/model/read-model';
import {
  CONTRIBUTION_RULES,
  MODEL_FORMAT,
  MODEL_VERSION,
  PARTNER_KINDS,
  VALUE_TYPES,
} from '../../src/model/model-file';
import type {
  ContributionRule,
  ContributionsFile,
  CostLineFile,
  EffectFile,
  HistoryPointFile,
  ModelFile,
  PartnerFile,
  ScenarioFile,
  ServiceFile,
  StreamFile,
  TrendFile,
} from '../../src/model/model-file';

export type ModelFileArbitraryOptions = {
  /** Contribution rules scenarios may use (default: all five). */
  rules?: readonly ContributionRule[];
  /** Whether a scenario may leave out `contributions` (the equal rule among every partner). Default true. */
  allowDefaultContributions?: boolean;
  minPartners?: number;
  maxPartners?: number;
  minStreams?: number;
  maxStreams?: number;
  minCostLines?: number;
  maxCostLines?: number;
  minServices?: number;
  maxServices?: number;
  minScenarios?: number;
  maxScenarios?: number;
  minHorizon?: number;
  maxHorizon?: number;
};

const DEFAULTS = {
  rules: CONTRIBUTION_RULES,
  allowDefaultContributions: true,
  minPartners: 1,
  maxPartners: 8,
  minStreams: 1,
  maxStreams: 4,
  minCostLines: 0,
  maxCostLines: 10,
  minServices: 0,
  maxServices: 3,
  minScenarios: 0,
  maxScenarios: 4,
  minHorizon: 1,
  maxHorizon: 25,
} satisfies Required<ModelFileArbitraryOptions>;

type Settings = Required<ModelFileArbitraryOptions>;

// ---------------------------------------------------------------------------------------------------
// Small pieces

/** A record whose keys not listed in `required` are sometimes left out (never set to undefined). */
function rec<T, K extends keyof T>(model: { [P in keyof T]: Arbitrary<T[P]> }, required: K[]) {
  return fc.record<T, K>(model, { requiredKeys: required, noNullPrototype: true });
}

/** Short free text, sometimes empty, sometimes beyond ASCII. */
const text: Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
);

/** A short, non-blank id; unique within its list where used. */
const id: Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/) },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
  },
);

function uniqueIds(minLength: number, maxLength: number): Arbitrary<string[]> {
  return fc.uniqueArray(id, { minLength, maxLength });
}

/** `units / scale` as a decimal string, written the shortest way ("0.25", "1", "0"). */
function scaled(units: number, scale: number): string {
  return new Dec(units).div(scale).toString();
}

/** A fraction in [0, 1] with up to three decimals. */
const fraction: Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => scaled(n, 1000)),
  fc.constantFrom('0', '1', '0.5'),
);

/** A rate such as a discount or inflation rate, 0 … 0.1. */
const smallRate: Arbitrary<string> = fc.integer({ min: 0, max: 100 }).map((n) => scaled(n, 1000));

/**
 * Money in pounds, below `maxPounds`: mostly whole pennies written "350.00" or "350", sometimes an exact
 * half penny ("600.005", where rounding to pennies matters most) or up to six decimals ("12.345678"),
 * since a file may hold any decimal and only what is shown or exported is rounded.
 */
function money(maxPounds: number): Arbitrary<string> {
  const pennies = fc
    .tuple(fc.integer({ min: 0, max: maxPounds * 100 }), fc.boolean())
    .map(([whole, fixed]) => {
      const pounds = new Dec(whole).div(100);
      return fixed ? pounds.toFixed(2) : pounds.toString();
    });
  const halfPenny = fc
    .integer({ min: 0, max: maxPounds * 100 - 1 })
    .map((whole) => new Dec(whole).plus('0.5').div(100).toString());
  const finer = fc
    .tuple(fc.integer({ min: 0, max: maxPounds - 1 }), fc.integer({ min: 0, max: 999_999 }))
    .map(([pounds, millionths]) => new Dec(millionths).div(1_000_000).plus(pounds).toString());
  return fc.oneof(
    { weight: 4, arbitrary: pennies },
    { weight: 1, arbitrary: halfPenny },
    { weight: 1, arbitrary: finer },
  );
}

/** A caseload count ≥ 0, sometimes with one decimal; strictly positive when `positive`. */
function count(positive: boolean): Arbitrary<string> {
  const min = positive ? 1 : 0;
  return fc.oneof(
    fc.integer({ min, max: 5000 }).map(String),
    fc.integer({ min, max: 50_000 }).map((tenths) => scaled(tenths, 10)),
  );
}

/** `k` non-negative integers adding up to `total`. */
function split(total: number, k: number): Arbitrary<number[]> {
  return fc
    .array(fc.integer({ min: 0, max: total }), { minLength: k - 1, maxLength: k - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), total];
      return points.slice(1).map((p, i) => p - (points[i] ?? 0));
    });
}

/** Distinct partners with shares (as decimal strings, up to six decimals) adding up to exactly 1. */
function sharesAmong(
  partnerIds: readonly string[],
  maxPartners: number,
): Arbitrary<{ partner: string; share: string }[]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...partnerIds], {
        minLength: 1,
        maxLength: Math.min(maxPartners, partnerIds.length),
      }),
      fc.constantFrom(100, 1000, 10_000, 1_000_000),
    )
    .chain(([partners, scale]) =>
      split(scale, partners.length).map((parts) =>
        partners.map((partner, i) => ({ partner, share: scaled(parts[i] ?? 0, scale) })),
      ),
    );
}

function nonEmptySubset(ids: readonly string[]): Arbitrary<string[]> {
  return fc.shuffledSubarray([...ids], { minLength: 1 });
}

// ---------------------------------------------------------------------------------------------------
// Streams and trends

/** Growth of −10% to +10% a year: faster growth compounds past MODEL.md's projection bounds within 50 years. */
const growthRate: Arbitrary<string> = fc
  .integer({ min: -100, max: 100 })
  .map((n) => scaled(n, 1000));

function trendFor(
  history: readonly HistoryPointFile[],
  horizonYears: number,
): Arbitrary<TrendFile> {
  const h = history.length;
  const needsBase = h === 0;
  const flat: Arbitrary<TrendFile> = needsBase
    ? count(false).map((base) => ({ method: 'flat' as const, base }))
    : rec({ method: fc.constant('flat' as const), base: count(false) }, ['method']);
  const rate: Arbitrary<TrendFile> = needsBase
    ? fc.record(
        {
          method: fc.constant('rate' as const),
          rate: growthRate,
          base: count(false),
          baseYear: fc.integer({ min: 2005, max: 2030 }),
        },
        { noNullPrototype: true },
      )
    : rec(
        {
          method: fc.constant('rate' as const),
          rate: growthRate,
          base: count(false),
          baseYear: fc.integer({ min: 2005, max: 2030 }),
        },
        ['method', 'rate'],
      );
  const series: Arbitrary<TrendFile> = fc
    .array(count(false), { minLength: horizonYears, maxLength: horizonYears })
    .map((values) => ({ method: 'series' as const, values }));
  const options: Arbitrary<TrendFile>[] = [flat, rate, series];
  if (h >= 2) {
    options.push(fc.constant({ method: 'linear' as const }));
    if (history.every((p) => new Dec(p.count).gt(0)))
      options.push(fc.constant({ method: 'compound' as const }));
  }
  return fc.oneof(...options);
}

function stream(streamId: string, startYear: number, horizonYears: number): Arbitrary<StreamFile> {
  const point = fc.record(
    {
      year: fc.integer({ min: startYear - 12, max: startYear + 2 }),
      count: fc.oneof(
        { weight: 6, arbitrary: count(true) },
        { weight: 1, arbitrary: count(false) },
      ),
    },
    { noNullPrototype: true },
  );
  return fc
    .tuple(text, fc.uniqueArray(point, { maxLength: 6, selector: (p) => p.year }))
    .chain(([name, history]) =>
      trendFor(history, horizonYears).map((trend) => ({ id: streamId, name, history, trend })),
    );
}

// ---------------------------------------------------------------------------------------------------
// Cost lines, services, scenarios

function costLines(
  settings: Settings,
  partnerIds: readonly string[],
  streamIds: readonly string[],
): Arbitrary<CostLineFile[]> {
  const line = fc
    .tuple(
      id,
      rec(
        {
          name: text,
          stream: fc.constantFrom(...streamIds),
          rate: fc.integer({ min: 0, max: 3000 }).map((n) => scaled(n, 1000)),
          quantity: fc.integer({ min: 0, max: 520 }).map((n) => scaled(n, 10)),
          unit: text,
          unitCost: money(50_000),
          priceYear: fc.integer({ min: 2000, max: 2030 }),
          valueType: fc.constantFrom(...VALUE_TYPES),
          cashable: fc.boolean(),
          source: text,
        },
        ['name', 'stream', 'rate', 'unitCost'],
      ),
      sharesAmong(partnerIds, 3),
    )
    // Only a fiscal line may be cashable.
    .map(([lineId, rest, bearers]): CostLineFile => ({
      id: lineId,
      ...rest,
      ...(rest.cashable === true && (rest.valueType ?? 'fiscal') !== 'fiscal'
        ? { cashable: false }
        : {}),
      bearers,
    }));
  return fc.uniqueArray(line, {
    minLength: settings.minCostLines,
    maxLength: settings.maxCostLines,
    selector: (l) => l.id,
  });
}

function effect(lineIds: readonly string[], streamIds: readonly string[]): Arbitrary<EffectFile> {
  const additionality = { deadweight: fraction, attribution: fraction, source: text };
  const onStream = rec(
    { stream: fc.constantFrom(...streamIds), reduction: fraction, ...additionality },
    ['stream', 'reduction'],
  );
  if (lineIds.length === 0) return onStream;
  const onLine = rec(
    { costLine: fc.constantFrom(...lineIds), reduction: fraction, ...additionality },
    ['costLine', 'reduction'],
  );
  return fc.oneof({ weight: 3, arbitrary: onLine }, { weight: 1, arbitrary: onStream });
}

/** Sometimes an explicit reach: every stream of the model (so every effect's stream is in it). */
function reachOf(streamIds: readonly string[]): Arbitrary<ServiceFile['reach']> {
  const item = (stream: string) =>
    rec({ stream: fc.constant(stream), coverage: fraction, capacity: count(false) }, ['stream']);
  return fc.option(fc.tuple(...streamIds.map(item)), { nil: undefined });
}

function services(
  settings: Settings,
  lineIds: readonly string[],
  streamIds: readonly string[],
): Arbitrary<ServiceFile[]> {
  const service = fc
    .tuple(
      id,
      rec(
        {
          name: text,
          annualCost: money(1_000_000),
          setupCost: money(100_000),
          renewalCost: money(50_000),
          rampUpMonths: fc.integer({ min: 0, max: 24 }),
          costOptimismBias: fc.integer({ min: 0, max: 200 }).map((n) => scaled(n, 100)),
          benefitYears: fc.integer({ min: 1, max: 5 }),
          dropOffPerYear: fraction,
          optimismBias: fraction,
        },
        ['name', 'annualCost'],
      ),
      fc.array(effect(lineIds, streamIds), { maxLength: 4 }),
      reachOf(streamIds),
    )
    .map(([serviceId, rest, effects, reach]): ServiceFile => ({
      id: serviceId,
      ...rest,
      ...(reach ? { reach } : {}),
      effects,
    }));
  return fc.uniqueArray(service, {
    minLength: settings.minServices,
    maxLength: settings.maxServices,
    selector: (s) => s.id,
  });
}

function contributions(
  rule: ContributionRule,
  partnerIds: readonly string[],
): Arbitrary<ContributionsFile> {
  switch (rule) {
    case 'equal':
    case 'costBorne':
    case 'benefit':
      return rec({ rule: fc.constant(rule), contributors: nonEmptySubset(partnerIds) }, ['rule']);
    case 'custom':
      return rec(
        {
          rule: fc.constant(rule),
          shares: sharesAmong(partnerIds, partnerIds.length),
          contributors: nonEmptySubset(partnerIds),
        },
        ['rule', 'shares'],
      );
    case 'offers':
      return rec(
        {
          rule: fc.constant(rule),
          offers: nonEmptySubset(partnerIds).chain((ids) =>
            fc
              .array(money(500_000), { minLength: ids.length, maxLength: ids.length })
              .map((amounts) => ids.map((partner, i) => ({ partner, annual: amounts[i] ?? '0' }))),
          ),
          contributors: nonEmptySubset(partnerIds),
        },
        ['rule', 'offers'],
      );
  }
}

function scenarios(
  settings: Settings,
  partnerIds: readonly string[],
  horizonYears: number,
): Arbitrary<ScenarioFile[]> {
  const contributionsArb = fc
    .constantFrom(...settings.rules)
    .chain((rule) => contributions(rule, partnerIds));
  const scenario = fc
    .tuple(
      id,
      rec(
        {
          name: text,
          fundedYears: fc.integer({ min: 0, max: horizonYears }),
          contractYears: fc.integer({ min: 1, max: 6 }),
          renewalGapMonths: fc.integer({ min: 0, max: 11 }),
          rampRestartsOnRenewal: fc.boolean(),
          effectiveness: fraction,
          contributions: contributionsArb,
        },
        settings.allowDefaultContributions
          ? ['name', 'fundedYears', 'contractYears']
          : ['name', 'fundedYears', 'contractYears', 'contributions'],
      ),
    )
    .map(([scenarioId, rest]): ScenarioFile => ({ id: scenarioId, ...rest }));
  return fc.uniqueArray(scenario, {
    minLength: settings.minScenarios,
    maxLength: settings.maxScenarios,
    selector: (s) => s.id,
  });
}

/** Sometimes the model's own price index, with an entry for the price base year and every price year. */
function priceIndexFor(
  priceBaseYear: number,
  lines: readonly CostLineFile[],
): Arbitrary<Record<string, string> | null> {
  const years = [...new Set([priceBaseYear, ...lines.flatMap((l) => l.priceYear ?? [])])];
  const own = fc
    .array(
      // Index values from 50 to 200, as real price indices are: a unit cost is never scaled past 4 times.
      fc.integer({ min: 500_000, max: 2_000_000 }).map((n) => scaled(n, 10_000)),
      { minLength: years.length, maxLength: years.length },
    )
    .map((values) => Object.fromEntries(years.map((year, i) => [String(year), values[i] ?? '1'])));
  return fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: own });
}

// ---------------------------------------------------------------------------------------------------
// The whole file

/** Valid model files (see the file comment). */
export function arbitraryModelFile(options: ModelFileArbitraryOptions = {}): Arbitrary<ModelFile> {
  const settings: Settings = { ...DEFAULTS, ...options };
  const top = fc.record(
    {
      title: text,
      area: text,
      notes: text,
      startYear: fc.integer({ min: 2015, max: 2030 }),
      horizonYears: fc.integer({ min: settings.minHorizon, max: settings.maxHorizon }),
      priceBaseYear: fc.integer({ min: 2015, max: 2030 }),
      discountRate: smallRate,
      longTermDiscountRate: fc.option(smallRate, { nil: undefined }),
      inflationRate: smallRate,
      partnerIds: uniqueIds(settings.minPartners, settings.maxPartners),
      // Whether the last of several partners stands for society (it bears costs, never pays).
      hasSociety: fc.boolean(),
      streamIds: uniqueIds(settings.minStreams, settings.maxStreams),
    },
    { noNullPrototype: true },
  );
  return top.chain((t) => {
    const societyId = t.hasSociety && t.partnerIds.length > 1 ? t.partnerIds.at(-1) : undefined;
    const payers = t.partnerIds.filter((partnerId) => partnerId !== societyId);
    const agencyKinds = PARTNER_KINDS.filter((kind) => kind !== 'society');
    const partners: Arbitrary<PartnerFile[]> = fc.tuple(
      ...t.partnerIds.map((partnerId) =>
        fc.tuple(text, fc.constantFrom(...agencyKinds)).map(([name, kind]): PartnerFile => ({
          id: partnerId,
          name,
          kind: partnerId === societyId ? 'society' : kind,
        })),
      ),
    );
    const streams: Arbitrary<StreamFile[]> = fc.tuple(
      ...t.streamIds.map((streamId) => stream(streamId, t.startYear, t.horizonYears)),
    );
    return fc
      .tuple(partners, streams, costLines(settings, t.partnerIds, t.streamIds))
      .chain(([partnerList, streamList, lineList]) =>
        fc
          .tuple(
            services(
              settings,
              lineList.map((l) => l.id),
              t.streamIds,
            ),
            scenarios(settings, payers, t.horizonYears),
            priceIndexFor(t.priceBaseYear, lineList),
          )
          .map(([serviceList, scenarioList, priceIndex]): ModelFile => {
            const file: ModelFile = {
              format: MODEL_FORMAT,
              version: MODEL_VERSION,
              title: t.title,
              area: t.area,
              notes: t.notes,
              startYear: t.startYear,
              horizonYears: t.horizonYears,
              priceBaseYear: t.priceBaseYear,
              discountRate: t.discountRate,
              ...(t.longTermDiscountRate === undefined
                ? {}
                : { longTermDiscountRate: t.longTermDiscountRate }),
              inflationRate: t.inflationRate,
              partners: partnerList,
              streams: streamList,
              costLines: lineList,
              services: serviceList,
              scenarios: scenarioList,
            };
            return priceIndex ? { ...file, priceIndex } : file;
          }),
      );
  });
}

/** Valid model files with at least one scenario, every scenario sharing its pool by `rule`. */
export function arbitraryModelFileWithRule(
  rule: ContributionRule,
  options: ModelFileArbitraryOptions = {},
): Arbitrary<ModelFile> {
  return arbitraryModelFile({
    minScenarios: 1,
    allowDefaultContributions: false,
    ...options,
    rules: [rule],
  });
}

/**
 * Whether a generated model is within MODEL.md's projection bounds (no caseload above 10^9, no money above
 * £10^15). Every other rule holds by construction, but figures can still compound past the bounds; a
 * property that needs a valid model skips those draws with `fc.pre`, and fast-check fails the run if it
 * has to skip too many.
 */
export function isWithinProjectionBounds(file: ModelFile): boolean {
  return readModel(file).ok;
}
