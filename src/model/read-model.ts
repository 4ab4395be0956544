/**
 * Turns untrusted JSON (a file, a link, what someone is typing) into a `Model`, or lists every problem
 * with its JSON path. Never throws on bad input and never lets NaN through. Each record reads and
 * checks its own fields; this puts them together in the file's order.
 */
import { FieldReader, joinPath, type Problem } from './field-reader';
import { migrateModelFile } from './migrate';
import type { Model } from './model';
import { checkCostLinePriceYear, checkCostLineReferences, readCostLine } from './records/cost-line';
import {
  checkPriceBaseYear,
  priceIndexName,
  readModelSettings,
  readTimeline,
} from './records/model-settings';
import { readPartner } from './records/partner';
import { checkUniqueIds, type KnownIds } from './records/record-checks';
import { isPresent, LIMITS } from './records/record-fields';
import { checkScenarioReferences, readScenario } from './records/scenario';
import { checkServiceReferences, readService } from './records/service';
import { checkStream, readStream } from './records/stream';

export type ReadModelResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

export function readModel(input: unknown): ReadModelResult {
  const migrated = migrateModelFile(input);
  if (!migrated.ok) return migrated;
  const r = new FieldReader();
  const obj = migrated.file;

  const timeline = readTimeline(r, obj);
  const partners = r
    .list(obj, 'partners', '', 'The partners', LIMITS.partners)
    .map((v, i) => readPartner(r, v, joinPath('partners', i)));
  const streams = r
    .list(obj, 'streams', '', 'The caseload streams', LIMITS.streams)
    .map((v, i) => readStream(r, v, joinPath('streams', i), timeline.validHorizon));
  const costLines = r
    .list(obj, 'costLines', '', 'The cost lines', LIMITS.costLines)
    .map((v, i) => readCostLine(r, v, joinPath('costLines', i), timeline.priceBaseYear));
  const services = r
    .list(obj, 'services', '', 'The services', LIMITS.services)
    .map((v, i) => readService(r, v, joinPath('services', i)));
  const partnerIds = partners.filter(isPresent).map((p) => p.id);
  const scenarios = r
    .list(obj, 'scenarios', '', 'The scenarios', LIMITS.scenarios)
    .map((v, i) => readScenario(r, v, joinPath('scenarios', i), timeline.validHorizon, partnerIds));

  checkUniqueIds(r, partners, 'partners', 'partner');
  checkUniqueIds(r, streams, 'streams', 'stream');
  checkUniqueIds(r, costLines, 'costLines', 'cost line');
  checkUniqueIds(r, services, 'services', 'service');
  checkUniqueIds(r, scenarios, 'scenarios', 'scenario');

  const model: Model = {
    ...readModelSettings(r, obj, timeline),
    partners: partners.filter(isPresent),
    streams: streams.filter(isPresent),
    costLines: costLines.filter(isPresent),
    services: services.filter(isPresent),
    scenarios: scenarios.filter(isPresent),
  };

  const known: KnownIds = {
    partners: new Set(model.partners.map((p) => p.id)),
    streams: new Set(model.streams.map((s) => s.id)),
    costLines: new Set(model.costLines.map((l) => l.id)),
  };
  // Paths use each item's place in the file, counting items too broken to read.
  costLines.forEach((line, i) => {
    if (line) checkCostLineReferences(r, line, joinPath('costLines', i), known);
  });
  services.forEach((service, i) => {
    if (service) checkServiceReferences(r, service, joinPath('services', i), known);
  });
  scenarios.forEach((scenario, i) => {
    if (scenario) checkScenarioReferences(r, scenario, joinPath('scenarios', i), known);
  });

  checkPriceBaseYear(r, model);
  const where = priceIndexName(model);
  costLines.forEach((line, i) => {
    if (line) checkCostLinePriceYear(r, line, joinPath('costLines', i), model.priceIndex, where);
  });
  model.streams.forEach((stream, i) => {
    checkStream(r, stream, joinPath('streams', i));
  });

  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, model };
}
