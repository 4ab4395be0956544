/**
 * The model's own settings, at the top level of a model file: what it is about, its years, its rates
 * and (optionally) its own price index instead of HM Treasury's (MODEL.md, "Model file").
 */
import { Dec, ONE, ZERO } from '../decimal';
import { joinPath, type FieldReader, type JsonObject } from '../field-reader';
import { HMT_PRICE_INDEX } from '../reference/hmt-price-index';
import {
  YEARLY_GROWTH,
  decimalText,
  YEAR_RANGE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export type ModelSettingsFile = {
  title: string;
  area: string;
  notes: string;
  startYear: number;
  horizonYears: number;
  priceBaseYear: number;
  discountRate: DecimalString;
  /** The Green Book rate for years 31 on; defaults to 3%. */
  longTermDiscountRate?: DecimalString;
  inflationRate: DecimalString;
  /** Index by the year a financial year starts in; when absent, the built-in HM Treasury series. */
  priceIndex?: Record<string, DecimalString>;
};

export type ModelSettings = {
  title: string;
  area: string;
  notes: string;
  startYear: number;
  horizonYears: number;
  priceBaseYear: number;
  /** r_t for years t ≤ 30. */
  discountRate: Dec;
  /** r_t for years t ≥ 31. */
  longTermDiscountRate: Dec;
  inflationRate: Dec;
  /** Price index by financial year: the model's own, or the built-in HM Treasury series. */
  priceIndex: ReadonlyMap<number, Dec>;
  hasOwnPriceIndex: boolean;
};

/** The years everything else is read against, read first. */
type Timeline = Pick<ModelSettings, 'startYear' | 'horizonYears' | 'priceBaseYear'> & {
  /** The horizon, or null when it was not valid (so lists are not checked against it). */
  validHorizon: number | null;
};

export const MODEL_SETTINGS_DEFAULTS = {
  title: '',
  area: '',
  notes: '',
  longTermDiscountRate: '0.03',
} as const satisfies Partial<ModelSettingsFile>;

const LONG_TERM_RATE_DEFAULT = new Dec(MODEL_SETTINGS_DEFAULTS.longTermDiscountRate);
const RATE = { min: ZERO, max: ONE };

type ListKey = 'partners' | 'streams' | 'costLines' | 'services' | 'scenarios';

/** Short keys of the file's top level: these settings and the lists of records. */
export const MODEL_SETTINGS_SHORT_KEYS: ShortKeys<keyof ModelSettingsFile | ListKey> = {
  title: 'T',
  area: 'A',
  notes: 'N',
  startYear: 'Y',
  horizonYears: 'H',
  priceBaseYear: 'P',
  discountRate: 'D',
  longTermDiscountRate: 'DL',
  inflationRate: 'I',
  priceIndex: 'X',
  partners: 'p',
  streams: 's',
  costLines: 'c',
  services: 'v',
  scenarios: 'n',
};

const DEFAULT_PRICE_INDEX: ReadonlyMap<number, Dec> = new Map(
  Object.entries(HMT_PRICE_INDEX.values).map(([year, value]) => [Number(year), new Dec(value)]),
);

export function readTimeline(r: FieldReader, obj: JsonObject): Timeline {
  const horizonYears = r.integer(obj, 'horizonYears', '', 'The horizon (years)', {
    min: 1,
    max: 50,
  });
  const validHorizon = r.hasProblemAt('horizonYears') ? null : horizonYears;
  const startYear = r.integer(obj, 'startYear', '', 'The first financial year', YEAR_RANGE);
  const priceBaseYear = r.integer(obj, 'priceBaseYear', '', 'The price base year', YEAR_RANGE);
  return { horizonYears, validHorizon, startYear, priceBaseYear };
}

/** The rest of the settings, read after the lists (so problems are listed in the file's own order). */
export function readModelSettings(
  r: FieldReader,
  obj: JsonObject,
  timeline: Timeline,
): ModelSettings {
  return {
    title: r.text(obj, 'title', '', 'The title'),
    area: r.text(obj, 'area', '', 'The area'),
    notes: r.text(obj, 'notes', '', 'The notes', 10_000),
    startYear: timeline.startYear,
    horizonYears: timeline.horizonYears,
    priceBaseYear: timeline.priceBaseYear,
    discountRate: r.decimal(obj, 'discountRate', '', 'The discount rate', RATE),
    longTermDiscountRate: r.decimal(
      obj,
      'longTermDiscountRate',
      '',
      'The long-term discount rate (years 31 on)',
      RATE,
      LONG_TERM_RATE_DEFAULT,
    ),
    inflationRate: r.decimal(obj, 'inflationRate', '', 'The inflation rate', YEARLY_GROWTH),
    priceIndex: readPriceIndex(r, obj.priceIndex) ?? DEFAULT_PRICE_INDEX,
    hasOwnPriceIndex: obj.priceIndex !== undefined,
  };
}

function readPriceIndex(r: FieldReader, value: unknown): Map<number, Dec> | null {
  if (value === undefined) return null;
  const obj = r.object(value, 'priceIndex', 'The price index');
  if (!obj) return new Map();
  const index = new Map<number, Dec>();
  for (const [key, entry] of Object.entries(obj)) {
    const at = joinPath('priceIndex', key);
    const year = Number(key);
    if (!/^\d{4}$/.test(key) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
      r.report(at, `"${key}" is not a financial year; use the year it starts in, such as 2026.`);
      continue;
    }
    index.set(
      year,
      r.decimalValue(entry, at, `The price index for ${year}`, { min: ZERO, minExclusive: true }),
    );
  }
  return index;
}

/** The price index as messages name it. */
export function priceIndexName(settings: ModelSettings): string {
  return settings.hasOwnPriceIndex
    ? 'the price index'
    : 'the built-in HM Treasury price index (2000/01 to 2030/31)';
}

/** The price base year is in the price index. */
export function checkPriceBaseYear(r: FieldReader, settings: ModelSettings): void {
  if (!r.hasProblemAt('priceBaseYear') && !settings.priceIndex.has(settings.priceBaseYear))
    r.report(
      'priceBaseYear',
      `There is no entry for the price base year ${settings.priceBaseYear} in ${priceIndexName(settings)}.`,
    );
}

/** Every setting written out; the price index only when the model carries its own. */
export function writeModelSettings(settings: ModelSettings): ModelSettingsFile {
  return {
    title: settings.title,
    area: settings.area,
    notes: settings.notes,
    startYear: settings.startYear,
    horizonYears: settings.horizonYears,
    priceBaseYear: settings.priceBaseYear,
    discountRate: decimalText(settings.discountRate),
    longTermDiscountRate: decimalText(settings.longTermDiscountRate),
    inflationRate: decimalText(settings.inflationRate),
    ...(settings.hasOwnPriceIndex
      ? {
          priceIndex: Object.fromEntries(
            [...settings.priceIndex].map(([year, value]) => [String(year), decimalText(value)]),
          ),
        }
      : {}),
  };
}
