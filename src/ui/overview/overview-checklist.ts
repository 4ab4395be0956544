/**
 * What the model still lacks, read from the model as typed (so it shows before there are any results):
 * caseloads with no counts, cost lines without a source, services without a stated reach and scenarios
 * that do not say who pays. The overview lists these until none is left.
 *
 * Choices made here:
 * - A caseload has counts when it has history, or a series of projected counts, or a flat or growth-rate
 *   trend from a base above zero (a new caseload starts from a base of zero, which counts as missing).
 * - A service "without a reach" leaves its reach out (or empty): the calculation then assumes it reaches
 *   every case of every caseload its effects name, which is rarely true.
 * - A scenario is "without contributors" when nobody would pay under its rule: under equal shares, cost
 *   borne and benefit, when its contributors (as listed, or every partner that is not society when the
 *   list is left out, as the Scenarios screen shows them ticked) include no partner that may pay; under
 *   agreed shares, when it has no shares; under offers, when it has no offers.
 */
import { Dec } from '../../model/decimal';
import type { ModelFile, ScenarioFile, StreamFile } from '../../model/model-file';
import type { OverviewTarget } from './overview-links';

export type MissingItem = {
  /** Stable, for React keys and tests. */
  key: 'streams' | 'caseload-history' | 'sources' | 'services' | 'reach' | 'scenarios' | 'payers';
  screen: OverviewTarget;
  /** What to do, as the link's words: "Add caseload history". */
  action: string;
  /** The rest of the sentence: "for 2 caseloads". */
  detail: string;
  /** The names of the records concerned, in model order (empty when the whole list is missing). */
  names: string[];
};

function isAboveZero(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    return new Dec(text).gt(0);
  } catch {
    return false;
  }
}

/** Whether a stream has counts to project from. */
export function hasCaseload(stream: StreamFile): boolean {
  if (stream.history.length > 0) return true;
  const { trend } = stream;
  if (trend.method === 'series') return trend.values.length > 0;
  if (trend.method === 'flat' || trend.method === 'rate') return isAboveZero(trend.base);
  return false;
}

/** Whether anyone would pay into the pool under a scenario's rule. */
export function hasContributors(scenario: ScenarioFile, file: ModelFile): boolean {
  const contributions = scenario.contributions ?? { rule: 'equal' };
  if (contributions.rule === 'custom') return (contributions.shares ?? []).length > 0;
  if (contributions.rule === 'offers') return (contributions.offers ?? []).length > 0;
  const payers = new Set(file.partners.filter((p) => p.kind !== 'society').map((p) => p.id));
  const listed = contributions.contributors ?? [...payers];
  return listed.some((id) => payers.has(id));
}

function named(record: { id: string; name: string }): string {
  return record.name.trim() || record.id;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Everything the model still lacks, in the order of the screens that fix it. */
export function missingFromModel(file: ModelFile): MissingItem[] {
  const items: MissingItem[] = [];
  const add = (item: MissingItem) => {
    items.push(item);
  };
  if (file.streams.length === 0)
    add({
      key: 'streams',
      screen: 'caseload',
      action: 'Add a caseload',
      detail: '(there is none yet)',
      names: [],
    });
  const noCounts = file.streams.filter((s) => !hasCaseload(s)).map(named);
  if (noCounts.length > 0)
    add({
      key: 'caseload-history',
      screen: 'caseload',
      action: 'Add caseload history',
      detail: `for ${count(noCounts.length, 'caseload', 'caseloads')}`,
      names: noCounts,
    });
  const noSource = file.costLines.filter((l) => !(l.source ?? '').trim()).map(named);
  if (noSource.length > 0)
    add({
      key: 'sources',
      screen: 'costs',
      action: 'Give a source',
      detail: `for ${count(noSource.length, 'cost line', 'cost lines')}`,
      names: noSource,
    });
  if (file.services.length === 0)
    add({
      key: 'services',
      screen: 'services',
      action: 'Add a service',
      detail: '(there is none yet)',
      names: [],
    });
  const noReach = file.services.filter((s) => (s.reach ?? []).length === 0).map(named);
  if (noReach.length > 0)
    add({
      key: 'reach',
      screen: 'services',
      action: 'Say whom it reaches',
      detail: `for ${count(noReach.length, 'service', 'services')}`,
      names: noReach,
    });
  if (file.scenarios.length === 0)
    add({
      key: 'scenarios',
      screen: 'scenarios',
      action: 'Add a funding scenario',
      detail: '(there is none yet)',
      names: [],
    });
  const noPayers = file.scenarios.filter((s) => !hasContributors(s, file)).map(named);
  if (noPayers.length > 0)
    add({
      key: 'payers',
      screen: 'scenarios',
      action: 'Choose who pays',
      detail: `in ${count(noPayers.length, 'scenario', 'scenarios')}`,
      names: noPayers,
    });
  return items;
}
