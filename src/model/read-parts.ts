/** Readers for each list in a model file. Cross-references are checked afterwards in `read-model`. */
import { Dec, ONE, ZERO } from './decimal';
import { FieldReader, joinPath, type JsonObject } from './field-reader';
import type {
  Contributions,
  CostLine,
  Effect,
  Partner,
  Scenario,
  Service,
  Stream,
  Trend,
} from './model';
import {
  CONTRIBUTION_RULES,
  PARTNER_KINDS,
  type ContributionRule,
  type PartnerKind,
} from './model-file';

export const YEAR_RANGE = { min: 1900, max: 2200 };
export const LIMITS = {
  partners: 50,
  streams: 50,
  costLines: 500,
  services: 50,
  scenarios: 20,
  history: 200,
};

const FRACTION = { min: ZERO, max: ONE };
const NON_NEGATIVE = { min: ZERO };
const ABOVE_MINUS_ONE = { min: new Dec(-1), minExclusive: true };

export function readPartner(r: FieldReader, value: unknown, path: string): Partner | null {
  const obj = r.object(value, path, 'A partner');
  if (!obj) return null;
  const kind = obj.kind ?? 'other';
  const isKind = (k: unknown): k is PartnerKind => PARTNER_KINDS.some((known) => known === k);
  if (!isKind(kind))
    r.report(joinPath(path, 'kind'), `Choose the kind of partner (${PARTNER_KINDS.join(', ')}).`);
  return {
    id: r.id(obj, path, 'partner'),
    name: r.text(obj, 'name', path, 'The partner name'),
    kind: isKind(kind) ? kind : 'other',
  };
}

export function readStream(
  r: FieldReader,
  value: unknown,
  path: string,
  horizonYears: number | null,
): Stream | null {
  const obj = r.object(value, path, 'A caseload stream');
  if (!obj) return null;
  const historyPath = joinPath(path, 'history');
  const history = r
    .list(obj, 'history', path, 'The caseload history', LIMITS.history)
    .flatMap((item, i) => {
      const at = joinPath(historyPath, i);
      const point = r.object(item, at, 'A history point');
      if (!point) return [];
      return [
        {
          year: r.integer(point, 'year', at, 'The year', YEAR_RANGE),
          count: r.decimal(point, 'count', at, 'The count', NON_NEGATIVE),
        },
      ];
    });
  const seen = new Set<number>();
  history.forEach((point, i) => {
    if (seen.has(point.year))
      r.report(
        joinPath(joinPath(historyPath, i), 'year'),
        `The year ${point.year} appears twice in the history.`,
      );
    seen.add(point.year);
  });
  history.sort((a, b) => a.year - b.year);
  return {
    id: r.id(obj, path, 'stream'),
    name: r.text(obj, 'name', path, 'The stream name'),
    history,
    trend: readTrend(r, obj.trend, joinPath(path, 'trend'), history.length, horizonYears),
  };
}

function readTrend(
  r: FieldReader,
  value: unknown,
  path: string,
  historyLength: number,
  horizonYears: number | null,
): Trend {
  const obj = r.object(value, path, 'The trend');
  if (!obj) return { method: 'flat', base: null };
  const method = obj.method;
  const needsHistory = (count: number, name: string) => {
    if (historyLength < count)
      r.report(
        joinPath(path, 'method'),
        `A ${name} trend needs at least ${count} years of history; there ${historyLength === 1 ? 'is' : 'are'} ${historyLength}.`,
      );
  };
  const optionalBase = (required: boolean): Dec | null => {
    if (obj.base === undefined) {
      if (required)
        r.report(
          joinPath(path, 'base'),
          'With no history, give the trend a starting caseload (base).',
        );
      return null;
    }
    return r.decimal(obj, 'base', path, 'The starting caseload', NON_NEGATIVE);
  };
  switch (method) {
    case 'flat':
      return { method, base: optionalBase(historyLength === 0) };
    case 'rate': {
      const rate = r.decimal(obj, 'rate', path, 'The annual growth rate', ABOVE_MINUS_ONE);
      const base = optionalBase(historyLength === 0);
      let baseYear: number | null = null;
      if (obj.baseYear !== undefined)
        baseYear = r.integer(obj, 'baseYear', path, 'The base year', YEAR_RANGE);
      else if (historyLength === 0)
        r.report(
          joinPath(path, 'baseYear'),
          'With no history, give the year of the starting caseload (baseYear).',
        );
      return { method, rate, base, baseYear };
    }
    case 'linear':
      needsHistory(2, 'linear');
      return { method };
    case 'compound':
      needsHistory(2, 'compound');
      return { method };
    case 'series': {
      const at = joinPath(path, 'values');
      const items = r.list(obj, 'values', path, 'The series of caseloads', 50);
      const given = Array.isArray(obj.values) ? obj.values.length : null;
      // Only checked against a horizon that was itself valid, to avoid a knock-on message.
      if (given !== null && horizonYears !== null && given !== horizonYears)
        r.report(
          at,
          `A series needs exactly ${horizonYears} caseloads, one for each projection year; it has ${given}.`,
        );
      return {
        method,
        values: items.map((item, i) =>
          r.decimalValue(item, joinPath(at, i), 'The caseload', NON_NEGATIVE),
        ),
      };
    }
    default:
      r.report(
        joinPath(path, 'method'),
        'Choose a trend method: flat, rate, linear, compound or series.',
      );
      return { method: 'flat', base: null };
  }
}

export function readCostLine(
  r: FieldReader,
  value: unknown,
  path: string,
  priceBaseYear: number,
): CostLine | null {
  const obj = r.object(value, path, 'A cost line');
  if (!obj) return null;
  const bearersPath = joinPath(path, 'bearers');
  const bearers = r
    .list(obj, 'bearers', path, 'Who bears the cost', LIMITS.partners)
    .flatMap((item, i) => {
      const at = joinPath(bearersPath, i);
      const bearer = r.object(item, at, 'A bearer');
      if (!bearer) return [];
      return [
        {
          partner: r.reference(bearer, 'partner', at, 'partner who bears this cost'),
          share: r.decimal(bearer, 'share', at, 'The share', FRACTION),
        },
      ];
    });
  return {
    id: r.id(obj, path, 'cost line'),
    name: r.text(obj, 'name', path, 'The cost line name'),
    stream: r.reference(obj, 'stream', path, 'caseload stream this cost follows'),
    rate: r.decimal(obj, 'rate', path, 'The rate (events per case per year)', NON_NEGATIVE),
    quantity: r.decimal(obj, 'quantity', path, 'The quantity (units per event)', NON_NEGATIVE, ONE),
    unit: r.text(obj, 'unit', path, 'The unit'),
    unitCost: r.decimal(obj, 'unitCost', path, 'The unit cost', NON_NEGATIVE),
    priceYear: r.integer(obj, 'priceYear', path, 'The price year', YEAR_RANGE, priceBaseYear),
    bearers,
    cashable: r.boolean(obj, 'cashable', path, 'Cashable', false),
    source: r.text(obj, 'source', path, 'The source', 1000),
  };
}

export function readService(r: FieldReader, value: unknown, path: string): Service | null {
  const obj = r.object(value, path, 'A service');
  if (!obj) return null;
  const effectsPath = joinPath(path, 'effects');
  const effects = r
    .list(obj, 'effects', path, 'The effects', LIMITS.costLines + LIMITS.streams)
    .flatMap((item, i): Effect[] => {
      const at = joinPath(effectsPath, i);
      const effect = r.object(item, at, 'An effect');
      if (!effect) return [];
      const reduction = r.decimal(effect, 'reduction', at, 'The reduction', FRACTION);
      const hasLine = effect.costLine !== undefined;
      if (hasLine === (effect.stream !== undefined)) {
        r.report(at, 'An effect names either one cost line or one stream.');
        return [];
      }
      const target = hasLine ? 'costLine' : 'stream';
      return [
        {
          target,
          id: r.reference(effect, target, at, hasLine ? 'cost line' : 'stream'),
          reduction,
        },
      ];
    });
  return {
    id: r.id(obj, path, 'service'),
    name: r.text(obj, 'name', path, 'The service name'),
    annualCost: r.decimal(obj, 'annualCost', path, 'The annual running cost', NON_NEGATIVE),
    setupCost: r.decimal(obj, 'setupCost', path, 'The set-up cost', NON_NEGATIVE, ZERO),
    renewalCost: r.decimal(obj, 'renewalCost', path, 'The renewal cost', NON_NEGATIVE, ZERO),
    rampUpMonths: r.integer(obj, 'rampUpMonths', path, 'The ramp-up', { min: 0, max: 60 }, 0),
    dropOffPerYear: r.decimal(obj, 'dropOffPerYear', path, 'The drop-off per year', FRACTION, ZERO),
    optimismBias: r.decimal(obj, 'optimismBias', path, 'The optimism bias', FRACTION, ZERO),
    effects,
  };
}

export function readScenario(
  r: FieldReader,
  value: unknown,
  path: string,
  horizonYears: number | null,
  partnerIds: string[],
): Scenario | null {
  const obj = r.object(value, path, 'A scenario');
  if (!obj) return null;
  return {
    id: r.id(obj, path, 'scenario'),
    name: r.text(obj, 'name', path, 'The scenario name'),
    fundedYears: r.integer(obj, 'fundedYears', path, 'The funded years', {
      min: 0,
      max: horizonYears ?? 50,
    }),
    contractYears: r.integer(obj, 'contractYears', path, 'The contract length in years', {
      min: 1,
      max: 50,
    }),
    renewalGapMonths: r.integer(
      obj,
      'renewalGapMonths',
      path,
      'The gap between contracts',
      { min: 0, max: 11 },
      0,
    ),
    rampRestartsOnRenewal: r.boolean(
      obj,
      'rampRestartsOnRenewal',
      path,
      'Ramp restarts on renewal',
      false,
    ),
    effectiveness: r.decimal(obj, 'effectiveness', path, 'The effectiveness', FRACTION, ONE),
    contributions: readContributions(
      r,
      obj.contributions,
      joinPath(path, 'contributions'),
      partnerIds,
    ),
  };
}

function readContributions(
  r: FieldReader,
  value: unknown,
  path: string,
  partnerIds: string[],
): Contributions {
  const fallback: Contributions = {
    rule: 'equal',
    contributors: partnerIds,
    shares: [],
    offers: [],
  };
  if (value === undefined) return fallback;
  const obj = r.object(value, path, 'The contributions');
  if (!obj) return fallback;
  const isRule = (x: unknown): x is ContributionRule =>
    CONTRIBUTION_RULES.some((rule) => rule === x);
  if (!isRule(obj.rule))
    r.report(
      joinPath(path, 'rule'),
      'Choose a contribution rule: equal, costBorne, benefit, custom or offers.',
    );
  const rule = isRule(obj.rule) ? obj.rule : 'equal';
  const contributorsPath = joinPath(path, 'contributors');
  const contributors =
    r
      .optionalList(obj, 'contributors', path, 'The contributors', LIMITS.partners)
      ?.map((item, i) => {
        if (typeof item === 'string' && item !== '') return item;
        r.report(joinPath(contributorsPath, i), 'Each contributor is a partner id.');
        return '';
      }) ?? partnerIds;
  const sharesPath = joinPath(path, 'shares');
  const shares = (
    r.optionalList(obj, 'shares', path, 'The custom shares', LIMITS.partners) ?? []
  ).flatMap((item, i) => {
    const at = joinPath(sharesPath, i);
    const share = r.object(item, at, 'A custom share');
    return share
      ? [
          {
            partner: r.reference(share, 'partner', at, 'partner'),
            share: r.decimal(share, 'share', at, 'The share', FRACTION),
          },
        ]
      : [];
  });
  const offersPath = joinPath(path, 'offers');
  const offers = (r.optionalList(obj, 'offers', path, 'The offers', LIMITS.partners) ?? []).flatMap(
    (item, i) => {
      const at = joinPath(offersPath, i);
      const offer = r.object(item, at, 'An offer');
      return offer
        ? [
            {
              partner: r.reference(offer, 'partner', at, 'partner'),
              annual: r.decimal(offer, 'annual', at, 'The annual offer', NON_NEGATIVE),
            },
          ]
        : [];
    },
  );
  return { rule, contributors, shares, offers };
}

/** Reports ids that are empty or repeated within one list. */
export function checkUniqueIds(
  r: FieldReader,
  items: readonly ({ id: string } | null)[],
  path: string,
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!item || item.id === '') return;
    if (seen.has(item.id))
      r.report(
        joinPath(joinPath(path, i), 'id'),
        `The ${what} id "${item.id}" is used twice; ids must be unique.`,
      );
    seen.add(item.id);
  });
}

export function isPresent<T>(value: T | null): value is T {
  return value !== null;
}

export type { JsonObject };
