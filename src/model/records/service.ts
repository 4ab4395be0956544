/**
 * A service the pooled budget buys: its costs, whom it reaches, how long its help lasts, and the effects
 * it has on the costs of doing nothing (MODEL.md, "Services", "Who is helped, and for how long").
 */
import { Dec } from '../decimal';
import { joinPath, type FieldReader, type JsonObject } from '../field-reader';
import {
  checkEffectReferences,
  EFFECT_DEFAULTS,
  effectStream,
  readEffect,
  writeEffect,
  type Effect,
  type EffectFile,
} from './effect';
import { mapRecords, withoutDefaults, type Json, type JsonRecord } from './link-json';
import { checkDistinct, type KnownIds } from './record-checks';
import {
  decimalDefault,
  decimalText,
  FRACTION,
  LIMITS,
  NON_NEGATIVE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

/** One caseload a service serves: the share of its cases it reaches, and how many a year at most. */
export type ReachFile = { stream: string; coverage?: DecimalString; capacity?: DecimalString };
export type Reach = { stream: string; coverage: Dec; capacity: Dec | null };

export type ServiceFile = {
  id: string;
  name: string;
  annualCost: DecimalString;
  setupCost?: DecimalString;
  renewalCost?: DecimalString;
  rampUpMonths?: number;
  /** The Green Book's optimism bias on costs, 0 to 2; the uplift is budgeted. */
  costOptimismBias?: DecimalString;
  /** When left out, every stream its effects name, at coverage 1 and no capacity. */
  reach?: ReachFile[];
  benefitYears?: number;
  dropOffPerYear?: DecimalString;
  optimismBias?: DecimalString;
  effects: EffectFile[];
};

export type Service = {
  id: string;
  name: string;
  annualCost: Dec;
  setupCost: Dec;
  renewalCost: Dec;
  rampUpMonths: number;
  costOptimismBias: Dec;
  /** As given; null when the file leaves it out (see `reachOf`). */
  reach: Reach[] | null;
  benefitYears: number;
  dropOffPerYear: Dec;
  optimismBias: Dec;
  effects: Effect[];
};

/** Every optional field's value when a file leaves it out. */
export const SERVICE_DEFAULTS = {
  setupCost: '0',
  renewalCost: '0',
  rampUpMonths: 0,
  costOptimismBias: '0',
  benefitYears: 1,
  dropOffPerYear: '0',
  optimismBias: '0',
} as const satisfies Partial<ServiceFile>;

export const REACH_DEFAULTS = { coverage: '1' } as const satisfies Partial<ReachFile>;

/** Optimism bias on costs: up to 200% (MODEL.md, "Validation"). */
const COST_OPTIMISM_BIAS = { min: new Dec(0), max: new Dec(2) };

const FALLBACK = {
  setupCost: decimalDefault(SERVICE_DEFAULTS.setupCost),
  renewalCost: decimalDefault(SERVICE_DEFAULTS.renewalCost),
  costOptimismBias: decimalDefault(SERVICE_DEFAULTS.costOptimismBias),
  coverage: decimalDefault(REACH_DEFAULTS.coverage),
  dropOffPerYear: decimalDefault(SERVICE_DEFAULTS.dropOffPerYear),
  optimismBias: decimalDefault(SERVICE_DEFAULTS.optimismBias),
};

export const SERVICE_SHORT_KEYS: ShortKeys<keyof ServiceFile> = {
  name: 'a',
  annualCost: 'x',
  setupCost: 'j',
  renewalCost: 'w',
  rampUpMonths: 'M',
  costOptimismBias: 'cO',
  reach: 'rc',
  benefitYears: 'by',
  dropOffPerYear: 'd',
  optimismBias: 'O',
  effects: 'f',
};

/** A blank service for the user to name and cost. */
export function createService(id: string): ServiceFile {
  return { id, name: '', annualCost: '0', ...SERVICE_DEFAULTS, effects: [] };
}

export const REACH_SHORT_KEYS: ShortKeys<keyof ReachFile> = {
  stream: 'S',
  coverage: 'cv',
  capacity: 'cp',
};

function readReach(r: FieldReader, obj: JsonObject, path: string): Reach[] | null {
  if (obj.reach === undefined) return null;
  return r.objects(
    r.list(obj, 'reach', path, 'Who it reaches', LIMITS.streams),
    joinPath(path, 'reach'),
    'A caseload the service reaches',
    (item, at) => ({
      stream: r.reference(item, 'stream', at, 'caseload stream the service reaches'),
      coverage: r.decimal(item, 'coverage', at, 'The coverage', FRACTION, FALLBACK.coverage),
      capacity:
        item.capacity === undefined
          ? null
          : r.decimal(item, 'capacity', at, 'The capacity (cases a year)', NON_NEGATIVE),
    }),
  );
}

export function readService(r: FieldReader, value: unknown, path: string): Service | null {
  const obj = r.object(value, path, 'A service');
  if (!obj) return null;
  const effectsPath = joinPath(path, 'effects');
  const effects = r
    .list(obj, 'effects', path, 'The effects', LIMITS.costLines + LIMITS.streams)
    .flatMap((item, i) => readEffect(r, item, joinPath(effectsPath, i)));
  return {
    id: r.id(obj, path, 'service'),
    name: r.text(obj, 'name', path, 'The service name'),
    annualCost: r.decimal(obj, 'annualCost', path, 'The annual running cost', NON_NEGATIVE),
    setupCost: r.decimal(
      obj,
      'setupCost',
      path,
      'The set-up cost',
      NON_NEGATIVE,
      FALLBACK.setupCost,
    ),
    renewalCost: r.decimal(
      obj,
      'renewalCost',
      path,
      'The renewal cost',
      NON_NEGATIVE,
      FALLBACK.renewalCost,
    ),
    rampUpMonths: r.integer(
      obj,
      'rampUpMonths',
      path,
      'The ramp-up',
      { min: 0, max: 60 },
      SERVICE_DEFAULTS.rampUpMonths,
    ),
    costOptimismBias: r.decimal(
      obj,
      'costOptimismBias',
      path,
      'The optimism bias on costs',
      COST_OPTIMISM_BIAS,
      FALLBACK.costOptimismBias,
    ),
    reach: readReach(r, obj, path),
    benefitYears: r.integer(
      obj,
      'benefitYears',
      path,
      'How many years the benefit lasts',
      { min: 1, max: 50 },
      SERVICE_DEFAULTS.benefitYears,
    ),
    dropOffPerYear: r.decimal(
      obj,
      'dropOffPerYear',
      path,
      'The drop-off per year',
      FRACTION,
      FALLBACK.dropOffPerYear,
    ),
    optimismBias: r.decimal(
      obj,
      'optimismBias',
      path,
      'The optimism bias on benefits',
      FRACTION,
      FALLBACK.optimismBias,
    ),
    effects,
  };
}

/**
 * The streams a service reaches, each once: as given, or (when the file leaves `reach` out) every stream
 * its effects name, directly or through a cost line, in the order first named, at coverage 1 and no
 * capacity.
 */
export function reachOf(
  service: Service,
  lineStreams: ReadonlyMap<string, string>,
): readonly Reach[] {
  if (service.reach) return service.reach;
  const streams = new Set<string>();
  for (const effect of service.effects) {
    const stream = effect.target === 'stream' ? effect.id : lineStreams.get(effect.id);
    if (stream !== undefined) streams.add(stream);
  }
  return [...streams].map((stream) => ({ stream, coverage: FALLBACK.coverage, capacity: null }));
}

/**
 * Every effect names a cost line or stream that exists; every stream the service reaches exists, once;
 * and every stream an effect works on is in the service's reach.
 */
export function checkServiceReferences(
  r: FieldReader,
  service: Service,
  path: string,
  known: KnownIds,
): void {
  const effectsPath = joinPath(path, 'effects');
  service.effects.forEach((effect, k) => {
    checkEffectReferences(r, effect, joinPath(effectsPath, k), known);
  });
  if (!service.reach) return;
  const reachPath = joinPath(path, 'reach');
  service.reach.forEach((item, k) => {
    if (item.stream !== '' && !known.streams.has(item.stream))
      r.report(
        joinPath(joinPath(reachPath, k), 'stream'),
        `Who it reaches: there is no caseload stream with the id "${item.stream}".`,
      );
  });
  const reached = service.reach.map((item) => item.stream);
  checkDistinct(r, reached, reachPath, 'stream', 'The caseload');
  service.effects.forEach((effect, k) => {
    const stream = effectStream(effect, known);
    if (stream === null || !known.streams.has(stream) || reached.includes(stream)) return;
    const via = effect.target === 'costLine' ? ` (the stream of cost line "${effect.id}")` : '';
    r.report(
      joinPath(joinPath(effectsPath, k), effect.target),
      `This effect works on caseload "${stream}"${via}, which the service does not reach: add it under "Who it reaches".`,
    );
  });
}

export function writeService(service: Service): ServiceFile {
  return {
    id: service.id,
    name: service.name,
    annualCost: decimalText(service.annualCost),
    setupCost: decimalText(service.setupCost),
    renewalCost: decimalText(service.renewalCost),
    rampUpMonths: service.rampUpMonths,
    costOptimismBias: decimalText(service.costOptimismBias),
    ...(service.reach
      ? {
          reach: service.reach.map((item) => ({
            stream: item.stream,
            coverage: decimalText(item.coverage),
            ...(item.capacity === null ? {} : { capacity: decimalText(item.capacity) }),
          })),
        }
      : {}),
    benefitYears: service.benefitYears,
    dropOffPerYear: decimalText(service.dropOffPerYear),
    optimismBias: decimalText(service.optimismBias),
    effects: service.effects.map(writeEffect),
  };
}

/** A caseload reached, in a link: [stream, coverage] or [stream, coverage, capacity]. */
function compactReach(item: ReachFile): Json {
  const coverage = item.coverage ?? REACH_DEFAULTS.coverage;
  return item.capacity === undefined
    ? [item.stream, coverage]
    : [item.stream, coverage, item.capacity];
}

function expandReach(value: Json | undefined): Json | undefined {
  if (!Array.isArray(value)) return value;
  return value.map((item) =>
    Array.isArray(item)
      ? {
          stream: item[0] ?? null,
          coverage: item[1] ?? null,
          ...(item.length > 2 ? { capacity: item[2] ?? null } : {}),
        }
      : item,
  );
}

/** A service in a link: defaults left out, of the service and its effects; its reach as tuples. */
export function compactService(service: ServiceFile): JsonRecord {
  const compact = withoutDefaults(service, SERVICE_DEFAULTS);
  return {
    ...compact,
    ...(service.reach ? { reach: service.reach.map(compactReach) } : {}),
    effects: service.effects.map((effect) => withoutDefaults(effect, EFFECT_DEFAULTS)),
  };
}

export function expandServices(services: Json | undefined): Json | undefined {
  return mapRecords(services, (service) => ({
    ...SERVICE_DEFAULTS,
    ...service,
    ...(service.reach === undefined ? {} : { reach: expandReach(service.reach) ?? null }),
    effects: mapRecords(service.effects, (effect) => ({ ...EFFECT_DEFAULTS, ...effect })) ?? null,
  }));
}
