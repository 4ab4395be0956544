/** The screens in navigation order. */
export const SCREENS = [
  { id: 'overview', label: 'Overview', group: 'Start' },
  { id: 'setup', label: 'Set-up', group: 'Model' },
  { id: 'partners', label: 'Partners', group: 'Model' },
  { id: 'caseload', label: 'Caseload', group: 'Model' },
  { id: 'costs', label: 'Costs of doing nothing', group: 'Model' },
  { id: 'services', label: 'Services', group: 'Model' },
  { id: 'scenarios', label: 'Funding scenarios', group: 'Model' },
  { id: 'results', label: 'Results', group: 'Results' },
  { id: 'contributions', label: 'Who pays', group: 'Results' },
  { id: 'uncertainty', label: 'How sure', group: 'Results' },
  { id: 'report', label: 'Committee report', group: 'Results' },
  { id: 'methodology', label: 'Methodology', group: 'About' },
  { id: 'sources', label: 'Sources', group: 'About' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export function isScreenId(value: string): value is ScreenId {
  return SCREENS.some((s) => s.id === value);
}

/** The screens where the model is typed in: each shows the results panel beside it. */
export const INPUT_SCREENS: ReadonlySet<ScreenId> = new Set([
  'setup',
  'partners',
  'caseload',
  'costs',
  'services',
  'scenarios',
]);
