/**
 * Services pasted from a spreadsheet: their costs and timings, checked by the model's own validation
 * before anything changes (as cost lines are: see row-paste-cost-lines.ts). Effects are added in each
 * service's editor afterwards: a paste gives none.
 */
import type { ModelFile, ServiceFile } from '../../model/model-file';
import { readModel } from '../../model/read-model';
import { LIMITS } from '../../model/records/record-fields';
import { SERVICE_DEFAULTS } from '../../model/records/service';
import { cleanMoneyText, percentTextToFraction } from '../shared/input-text';
import { newId } from '../shared/new-id';
import {
  cellsByField,
  MAX_PASTED_ROWS,
  matchColumns,
  parseDelimited,
  type PastePreview,
  type PreviewRow,
} from './row-paste';

type Field =
  | 'name'
  | 'annualCost'
  | 'setupCost'
  | 'renewalCost'
  | 'rampUpMonths'
  | 'benefitYears'
  | 'costOptimismBias';

export const SERVICE_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  name: ['name', 'service'],
  annualCost: ['annual cost', 'running cost', 'cost a year', 'annual'],
  setupCost: ['set-up', 'set-up cost', 'setup', 'setup cost'],
  renewalCost: ['renewal', 'renewal cost'],
  rampUpMonths: ['ramp-up', 'ramp-up months', 'rampup', 'months to full strength'],
  benefitYears: ['benefit years', 'years of benefit'],
  costOptimismBias: ['cost optimism bias', 'optimism bias on costs', 'optimism bias'],
};

export const SERVICE_EXAMPLE_HEADINGS =
  'Name, Annual cost, Set-up, Renewal, Ramp-up, Benefit years, Cost optimism bias';

function wholeNumber(cell: string, fallback: number): number | string {
  const text = cell.trim().replace(/\s*(months?|years?)$/i, '');
  if (text === '') return fallback;
  return /^-?\d{1,6}$/.test(text) ? Number(text) : cell.trim();
}

function money(cell: string, fallback: string): string {
  const text = cleanMoneyText(cell);
  return text === '' ? fallback : text;
}

function candidateOf(cells: Partial<Record<Field, string>>, id: string) {
  const problems: string[] = [];
  const name = (cells.name ?? '').trim();
  if (name === '') problems.push('The service has no name.');
  const biasText = (cells.costOptimismBias ?? '').trim();
  const service: Record<string, unknown> = {
    id,
    name,
    annualCost: cleanMoneyText(cells.annualCost ?? ''),
    setupCost: money(cells.setupCost ?? '', SERVICE_DEFAULTS.setupCost),
    renewalCost: money(cells.renewalCost ?? '', SERVICE_DEFAULTS.renewalCost),
    rampUpMonths: wholeNumber(cells.rampUpMonths ?? '', SERVICE_DEFAULTS.rampUpMonths),
    costOptimismBias:
      biasText === ''
        ? SERVICE_DEFAULTS.costOptimismBias
        : (percentTextToFraction(biasText) ?? biasText),
    benefitYears: wholeNumber(cells.benefitYears ?? '', SERVICE_DEFAULTS.benefitYears),
    dropOffPerYear: SERVICE_DEFAULTS.dropOffPerYear,
    optimismBias: SERVICE_DEFAULTS.optimismBias,
    effects: [],
  };
  return { service, problems };
}

function refuse(headings: string[], note: string): PastePreview<ServiceFile> {
  return { headings, rows: [], notes: [note], refused: true };
}

/** Reads a paste of services and checks every row against the model `file` it would join. */
export function previewServicePaste(text: string, file: ModelFile): PastePreview<ServiceFile> {
  const [headings = [], ...data] = parseDelimited(text);
  if (headings.length === 0) return refuse([], 'Nothing was pasted.');
  const { columns, unknown, repeated } = matchColumns(headings, SERVICE_COLUMNS);
  if (!columns.includes('name') || !columns.includes('annualCost'))
    return refuse(
      headings,
      `The first row should name the columns, with at least “Name” and “Annual cost”, e.g. “${SERVICE_EXAMPLE_HEADINGS}”.`,
    );
  if (data.length === 0) return refuse(headings, 'There are no rows under the heading row.');
  const room = LIMITS.services - file.services.length;
  if (data.length > Math.min(room, MAX_PASTED_ROWS))
    return refuse(
      headings,
      `This paste has ${data.length} rows, but the model has room for ${room} more ${room === 1 ? 'service' : 'services'} (at most ${LIMITS.services}). Nothing was added.`,
    );
  const notes: string[] = [];
  if (unknown.length > 0)
    notes.push(`Columns not known, so left out: ${unknown.map((h) => `“${h}”`).join(', ')}.`);
  if (repeated.length > 0)
    notes.push(
      `Columns given twice, so only the first was read: ${repeated.map((h) => `“${h}”`).join(', ')}.`,
    );

  const ids: string[] = file.services.map((s) => s.id);
  const candidates = data.map((row) => {
    const id = newId('service', ids);
    ids.push(id);
    return candidateOf(cellsByField(row, columns), id);
  });
  const checked = readModel({
    ...file,
    services: [...file.services, ...candidates.map((c) => c.service)],
  });
  const problems = checked.ok ? [] : checked.problems;
  const rows = candidates.map((candidate, k): PreviewRow<ServiceFile> => {
    const prefix = `services[${file.services.length + k}]`;
    const found = [...candidate.problems];
    for (const problem of problems)
      if (
        (problem.path === prefix || problem.path.startsWith(`${prefix}.`)) &&
        !found.includes(problem.message)
      )
        found.push(problem.message);
    return {
      rowNumber: k + 2,
      cells: data[k] ?? [],
      record: found.length === 0 ? (candidate.service as ServiceFile) : null,
      problems: found,
    };
  });
  return { headings, rows, notes, refused: false };
}
