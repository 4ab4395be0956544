/**
 * A service the pooled budget buys: its costs, how it builds up and fades, and the effects it has on
 * the costs of doing nothing (MODEL.md, "Services and effectiveness").
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import {
  checkEffectReferences,
  readEffect,
  writeEffect,
  type Effect,
  type EffectFile,
} from './effect';
import { mapRecords, withoutDefaults, type Json, type JsonRecord } from './link-json';
import type { KnownIds } from './record-checks';
import {
  decimalDefault,
  decimalText,
  FRACTION,
  LIMITS,
  NON_NEGATIVE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export type ServiceFile = {
  id: string;
  name: string;
  annualCost: DecimalString;
  setupCost?: DecimalString;
  renewalCost?: DecimalString;
  rampUpMonths?: number;
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
  dropOffPerYear: Dec;
  optimismBias: Dec;
  effects: Effect[];
};

/** Every optional field's value when a file leaves it out. */
export const SERVICE_DEFAULTS = {
  setupCost: '0',
  renewalCost: '0',
  rampUpMonths: 0,
  dropOffPerYear: '0',
  optimismBias: '0',
} as const satisfies Partial<ServiceFile>;

const FALLBACK = {
  setupCost: decimalDefault(SERVICE_DEFAULTS.setupCost),
  renewalCost: decimalDefault(SERVICE_DEFAULTS.renewalCost),
  dropOffPerYear: decimalDefault(SERVICE_DEFAULTS.dropOffPerYear),
  optimismBias: decimalDefault(SERVICE_DEFAULTS.optimismBias),
};

export const SERVICE_SHORT_KEYS: ShortKeys<keyof ServiceFile> = {
  name: 'a',
  annualCost: 'x',
  setupCost: 'j',
  renewalCost: 'w',
  rampUpMonths: 'M',
  dropOffPerYear: 'd',
  optimismBias: 'O',
  effects: 'f',
};

/** A blank service for the user to name and cost. */
export function createService(id: string): ServiceFile {
  return { id, name: '', annualCost: '0', ...SERVICE_DEFAULTS, effects: [] };
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
      'The optimism bias',
      FRACTION,
      FALLBACK.optimismBias,
    ),
    effects,
  };
}

/** Every effect names a cost line or stream that exists. */
export function checkServiceReferences(
  r: FieldReader,
  service: Service,
  path: string,
  known: KnownIds,
): void {
  service.effects.forEach((effect, k) => {
    checkEffectReferences(r, effect, joinPath(joinPath(path, 'effects'), k), known);
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
    dropOffPerYear: decimalText(service.dropOffPerYear),
    optimismBias: decimalText(service.optimismBias),
    effects: service.effects.map(writeEffect),
  };
}

export function compactService(service: ServiceFile): JsonRecord {
  return withoutDefaults(service, SERVICE_DEFAULTS);
}

export function expandServices(services: Json | undefined): Json | undefined {
  return mapRecords(services, (service) => ({ ...SERVICE_DEFAULTS, ...service }));
}
