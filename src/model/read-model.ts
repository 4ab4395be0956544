/**
 * Turns untrusted JSON (a file, a link, what someone is typing) into a `Model`, or lists every problem
 * with its JSON path. Never throws on bad input and never lets NaN through. Each record reads and
 * checks its own fields; this puts them together in the file's order.
 */
import { FieldReader, joinPath, type Problem } from './field-reader';
import { migrateModelFile } from './migrate';
import { checkProjectionBounds } from './projection-bounds';
import { checkRemembered, readRemembered } from './reading-cache';
import type { Model } from './model';
import { checkCostLinePriceYear, checkCostLineReferences, readCostLine } from './records/cost-line';
import {
  checkPriceBaseYear,
  priceIndexName,
  readModelSettings,
  readTimeline,
} from './records/model-settings';
import { payerIds, readPartner, SOCIETY_KIND } from './records/partner';
import { checkUniqueIds, type KnownIds } from './records/record-checks';
import { isPresent, LIMITS } from './records/record-fields';
import { checkScenarioReferences, readScenario } from './records/scenario';
import { checkServiceReferences, readService } from './records/service';
import { checkStream, readStream } from './records/stream';
import { checkUncertaintyRanges, readUncertainty } from './records/uncertainty';
import { uncertainInputs } from './uncertainty/uncertain-inputs';

export type ReadModelResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

export function readModel(input: unknown): ReadModelResult {
  const migrated = migrateModelFile(input);
  if (!migrated.ok) return migrated;
  const r = new FieldReader();
  const obj = migrated.file;

  const timeline = readTimeline(r, obj);
  const partners = r
    .list(obj, 'partners', '', 'The partners', LIMITS.partners)
    .map((v, i) => readRemembered(r, v, joinPath('partners', i), '', readPartner));
  const streams = r
    .list(obj, 'streams', '', 'The caseload streams', LIMITS.streams)
    .map((v, i) =>
      readRemembered(r, v, joinPath('streams', i), String(timeline.validHorizon), (reader, w, at) =>
        readStream(reader, w, at, timeline.validHorizon),
      ),
    );
  const costLines = r
    .list(obj, 'costLines', '', 'The cost lines', LIMITS.costLines)
    .map((v, i) =>
      readRemembered(
        r,
        v,
        joinPath('costLines', i),
        String(timeline.priceBaseYear),
        (reader, w, at) => readCostLine(reader, w, at, timeline.priceBaseYear),
      ),
    );
  const services = r
    .list(obj, 'services', '', 'The services', LIMITS.services)
    .map((v, i) => readRemembered(r, v, joinPath('services', i), '', readService));
  // A scenario that names no contributors has every partner who can pay.
  const partnerIds = payerIds(partners.filter(isPresent));
  const scenarioContext = JSON.stringify([timeline.validHorizon, partnerIds]);
  const scenarios = r
    .list(obj, 'scenarios', '', 'The scenarios', LIMITS.scenarios)
    .map((v, i) =>
      readRemembered(r, v, joinPath('scenarios', i), scenarioContext, (reader, w, at) =>
        readScenario(reader, w, at, timeline.validHorizon, partnerIds),
      ),
    );

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
    uncertainty: readUncertainty(r, obj.uncertainty),
  };

  const known: KnownIds = {
    partners: new Set(model.partners.map((p) => p.id)),
    streams: new Set(model.streams.map((s) => s.id)),
    costLines: new Set(model.costLines.map((l) => l.id)),
    lineStreams: new Map(model.costLines.map((l) => [l.id, l.stream])),
    society: new Set(model.partners.filter((p) => p.kind === SOCIETY_KIND).map((p) => p.id)),
  };
  // Checks of a record that was read before against the same ids found the same problems.
  const knownContext = JSON.stringify([
    [...known.partners],
    [...known.streams],
    [...known.lineStreams],
    [...known.society],
  ]);
  // Paths use each item's place in the file, counting items too broken to read.
  costLines.forEach((line, i) => {
    if (line)
      checkRemembered(r, line, joinPath('costLines', i), knownContext, (reader, at) => {
        checkCostLineReferences(reader, line, at, known);
      });
  });
  services.forEach((service, i) => {
    if (service)
      checkRemembered(r, service, joinPath('services', i), knownContext, (reader, at) => {
        checkServiceReferences(reader, service, at, known);
      });
  });
  scenarios.forEach((scenario, i) => {
    if (scenario)
      checkRemembered(r, scenario, joinPath('scenarios', i), knownContext, (reader, at) => {
        checkScenarioReferences(reader, scenario, at, known);
      });
  });

  checkPriceBaseYear(r, model);
  const where = priceIndexName(model);
  costLines.forEach((line, i) => {
    if (line) checkCostLinePriceYear(r, line, joinPath('costLines', i), model.priceIndex, where);
  });
  model.streams.forEach((stream, i) => {
    checkStream(r, stream, joinPath('streams', i));
  });

  // A range is checked against the figure it is for once every figure is known to be sound.
  if (r.problems.length === 0 && model.uncertainty.ranges.length > 0)
    checkUncertaintyRanges(
      r,
      model.uncertainty,
      new Map(uncertainInputs(model).map((input) => [input.key, input])),
    );
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  // Only a model that passes every rule is projected, and refused if its figures would be absurd.
  const beyond = checkProjectionBounds(model);
  return beyond.length > 0 ? { ok: false, problems: beyond } : { ok: true, model };
}
