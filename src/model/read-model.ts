/**
 * Turns untrusted JSON (a file, a link, what someone is typing) into a `Model`, or lists every problem
 * with its JSON path. Never throws on bad input and never lets NaN through.
 */
import { Dec, ONE, sum, ZERO } from './decimal';
import { FieldReader, joinPath } from './field-reader';
import { migrateModelFile } from './migrate';
import type { Model, Problem } from './model';
import { HMT_PRICE_INDEX } from './reference/hmt-price-index';
import {
  checkUniqueIds,
  isPresent,
  LIMITS,
  readCostLine,
  readPartner,
  readScenario,
  readService,
  readStream,
  YEAR_RANGE,
} from './read-parts';

export type ReadModelResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

const DEFAULT_PRICE_INDEX: ReadonlyMap<number, Dec> = new Map(
  Object.entries(HMT_PRICE_INDEX.values).map(([year, value]) => [Number(year), new Dec(value)]),
);

export function readModel(input: unknown): ReadModelResult {
  const migrated = migrateModelFile(input);
  if (!migrated.ok) return migrated;
  const r = new FieldReader();
  const obj = migrated.file;

  const horizonYears = r.integer(obj, 'horizonYears', '', 'The horizon (years)', {
    min: 1,
    max: 50,
  });
  const validHorizon = r.hasProblemAt('horizonYears') ? null : horizonYears;
  const startYear = r.integer(obj, 'startYear', '', 'The first financial year', YEAR_RANGE);
  const priceBaseYear = r.integer(obj, 'priceBaseYear', '', 'The price base year', YEAR_RANGE);

  const partners = r
    .list(obj, 'partners', '', 'The partners', LIMITS.partners)
    .map((v, i) => readPartner(r, v, joinPath('partners', i)));
  const streams = r
    .list(obj, 'streams', '', 'The caseload streams', LIMITS.streams)
    .map((v, i) => readStream(r, v, joinPath('streams', i), validHorizon));
  const costLines = r
    .list(obj, 'costLines', '', 'The cost lines', LIMITS.costLines)
    .map((v, i) => readCostLine(r, v, joinPath('costLines', i), priceBaseYear));
  const services = r
    .list(obj, 'services', '', 'The services', LIMITS.services)
    .map((v, i) => readService(r, v, joinPath('services', i)));
  const partnerIds = partners.filter(isPresent).map((p) => p.id);
  const scenarios = r
    .list(obj, 'scenarios', '', 'The scenarios', LIMITS.scenarios)
    .map((v, i) => readScenario(r, v, joinPath('scenarios', i), validHorizon, partnerIds));

  checkUniqueIds(r, partners, 'partners', 'partner');
  checkUniqueIds(r, streams, 'streams', 'stream');
  checkUniqueIds(r, costLines, 'costLines', 'cost line');
  checkUniqueIds(r, services, 'services', 'service');
  checkUniqueIds(r, scenarios, 'scenarios', 'scenario');

  const model: Model = {
    title: r.text(obj, 'title', '', 'The title'),
    area: r.text(obj, 'area', '', 'The area'),
    notes: r.text(obj, 'notes', '', 'The notes', 10_000),
    startYear,
    horizonYears,
    priceBaseYear,
    discountRate: r.decimal(obj, 'discountRate', '', 'The discount rate', { min: ZERO, max: ONE }),
    inflationRate: r.decimal(obj, 'inflationRate', '', 'The inflation rate', {
      min: new Dec(-1),
      minExclusive: true,
    }),
    priceIndex: readPriceIndex(r, obj.priceIndex) ?? DEFAULT_PRICE_INDEX,
    hasOwnPriceIndex: obj.priceIndex !== undefined,
    partners: partners.filter(isPresent),
    streams: streams.filter(isPresent),
    costLines: costLines.filter(isPresent),
    services: services.filter(isPresent),
    scenarios: scenarios.filter(isPresent),
  };
  checkReferences(r, model, costLines, services, scenarios);
  checkPriceYears(r, model, costLines);
  checkTrendData(r, model);

  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, model };
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

function checkReferences(
  r: FieldReader,
  model: Model,
  costLines: readonly (Model['costLines'][number] | null)[],
  services: readonly (Model['services'][number] | null)[],
  scenarios: readonly (Model['scenarios'][number] | null)[],
): void {
  const partnerIds = new Set(model.partners.map((p) => p.id));
  const streamIds = new Set(model.streams.map((s) => s.id));
  const lineIds = new Set(model.costLines.map((l) => l.id));
  const checkPartner = (id: string, at: string) => {
    if (id !== '' && !partnerIds.has(id)) r.report(at, `There is no partner with the id "${id}".`);
  };
  const checkDistinct = (ids: string[], path: string, key: string | null, what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const at = key ? joinPath(joinPath(path, i), key) : joinPath(path, i);
      if (id !== '' && seen.has(id)) r.report(at, `${what} "${id}" is listed twice.`);
      seen.add(id);
    });
  };
  const checkSumsToOne = (shares: Dec[], at: string, what: string) => {
    const total = sum(shares);
    if (shares.length > 0 && !total.eq(ONE))
      r.report(
        at,
        `${what} add up to ${total.times(100).toString()}%; they must add up to exactly 100%.`,
      );
  };

  costLines.forEach((line, i) => {
    if (!line) return;
    const path = joinPath('costLines', i);
    if (line.stream !== '' && !streamIds.has(line.stream))
      r.report(
        joinPath(path, 'stream'),
        `There is no caseload stream with the id "${line.stream}".`,
      );
    if (line.bearers.length === 0)
      r.report(joinPath(path, 'bearers'), 'Say who bears this cost: at least one partner.');
    line.bearers.forEach((b, k) => {
      checkPartner(b.partner, joinPath(joinPath(joinPath(path, 'bearers'), k), 'partner'));
    });
    checkDistinct(
      line.bearers.map((b) => b.partner),
      joinPath(path, 'bearers'),
      'partner',
      'The partner',
    );
    checkSumsToOne(
      line.bearers.map((b) => b.share),
      joinPath(path, 'bearers'),
      'The bearer shares',
    );
  });
  services.forEach((service, i) => {
    if (!service) return;
    service.effects.forEach((effect, k) => {
      const at = joinPath(joinPath(joinPath('services', i), 'effects'), k);
      if (effect.id === '') return;
      if (effect.target === 'costLine' && !lineIds.has(effect.id))
        r.report(joinPath(at, 'costLine'), `There is no cost line with the id "${effect.id}".`);
      if (effect.target === 'stream' && !streamIds.has(effect.id))
        r.report(joinPath(at, 'stream'), `There is no caseload stream with the id "${effect.id}".`);
    });
  });
  scenarios.forEach((scenario, i) => {
    if (!scenario) return;
    const path = joinPath(joinPath('scenarios', i), 'contributions');
    const { rule, contributors, shares, offers } = scenario.contributions;
    contributors.forEach((id, k) => {
      checkPartner(id, joinPath(joinPath(path, 'contributors'), k));
    });
    checkDistinct(contributors, joinPath(path, 'contributors'), null, 'The contributor');
    if (
      (rule === 'equal' || rule === 'costBorne' || rule === 'benefit') &&
      contributors.length === 0
    )
      r.report(joinPath(path, 'contributors'), 'Choose at least one contributor.');
    if (rule === 'custom') {
      if (shares.length === 0)
        r.report(joinPath(path, 'shares'), 'Give each contributing partner a share.');
      shares.forEach((s, k) => {
        checkPartner(s.partner, joinPath(joinPath(joinPath(path, 'shares'), k), 'partner'));
      });
      checkDistinct(
        shares.map((s) => s.partner),
        joinPath(path, 'shares'),
        'partner',
        'The partner',
      );
      checkSumsToOne(
        shares.map((s) => s.share),
        joinPath(path, 'shares'),
        'The custom shares',
      );
    }
    if (rule === 'offers') {
      if (offers.length === 0)
        r.report(joinPath(path, 'offers'), 'Enter at least one partner’s annual offer.');
      offers.forEach((o, k) => {
        checkPartner(o.partner, joinPath(joinPath(joinPath(path, 'offers'), k), 'partner'));
      });
      checkDistinct(
        offers.map((o) => o.partner),
        joinPath(path, 'offers'),
        'partner',
        'The partner',
      );
    }
  });
}

function checkPriceYears(
  r: FieldReader,
  model: Model,
  costLines: readonly (Model['costLines'][number] | null)[],
): void {
  const where = model.hasOwnPriceIndex
    ? 'the price index'
    : 'the built-in HM Treasury price index (2000/01 to 2030/31)';
  if (!r.hasProblemAt('priceBaseYear') && !model.priceIndex.has(model.priceBaseYear))
    r.report(
      'priceBaseYear',
      `There is no entry for the price base year ${model.priceBaseYear} in ${where}.`,
    );
  costLines.forEach((line, i) => {
    const at = joinPath(joinPath('costLines', i), 'priceYear');
    if (line && !r.hasProblemAt(at) && !model.priceIndex.has(line.priceYear))
      r.report(at, `There is no entry for the price year ${line.priceYear} in ${where}.`);
  });
}

function checkTrendData(r: FieldReader, model: Model): void {
  model.streams.forEach((stream, i) => {
    if (stream.trend.method === 'compound' && stream.history.some((p) => p.count.lte(0)))
      r.report(
        joinPath(joinPath(joinPath('streams', i), 'trend'), 'method'),
        'A compound trend needs every history count above zero.',
      );
  });
}
