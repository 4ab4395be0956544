/** The Methodology page's sections, in order: one list feeds both the contents and the headings. */
export const METHOD_SECTIONS = [
  { id: 'method-doing-nothing', title: 'What “doing nothing” means' },
  { id: 'method-caseload', title: 'Caseload trends' },
  { id: 'method-unit-costs', title: 'Unit costs and price years' },
  { id: 'method-bearers', title: 'Who bears each cost' },
  { id: 'method-services', title: 'How services reduce costs' },
  { id: 'method-terms', title: 'Real terms, cash terms and present value' },
  { id: 'method-measures', title: 'Headline measures' },
  { id: 'method-contributions', title: 'Who pays into the pool' },
  { id: 'method-choices', title: 'Choices the app made where the method is silent' },
  {
    id: 'method-short-term',
    title: 'Short-term funding: assumptions, not published coefficients',
  },
] as const;

export type MethodSectionId = (typeof METHOD_SECTIONS)[number]['id'];

export function methodSectionTitle(id: MethodSectionId): string {
  return METHOD_SECTIONS.find((s) => s.id === id)?.title ?? '';
}
