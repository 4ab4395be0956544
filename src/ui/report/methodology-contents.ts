/** The Methodology page's sections, in order: one list feeds both the contents and the headings. */
export const METHOD_SECTIONS = [
  { id: 'method-words', title: 'Words used on this page' },
  { id: 'method-discounting', title: 'Real terms, cash terms and discounting' },
  { id: 'method-doing-nothing', title: 'The cost of doing nothing' },
  { id: 'method-value-types', title: 'Fiscal, economic and social value' },
  { id: 'method-services', title: 'Services: contracts, gaps and what they cost' },
  { id: 'method-reach', title: 'Who is helped, and for how long' },
  { id: 'method-effects', title: 'What a service’s effect is' },
  { id: 'method-additionality', title: 'Additionality: deadweight and attribution' },
  { id: 'method-optimism-bias', title: 'Optimism bias on costs and on benefits' },
  { id: 'method-combining', title: 'Combining effects: the cost avoided' },
  { id: 'method-cases', title: 'The financial case and the economic case' },
  { id: 'method-contributions', title: 'Who pays into the pool' },
  { id: 'method-short-term', title: 'The cost of short-term funding' },
  {
    id: 'method-short-term-assumptions',
    title: 'Short-term funding: assumptions, not published coefficients',
  },
  {
    id: 'method-uncertainty',
    title: 'How sure the figures are: ranges, sensitivity and simulation',
  },
  { id: 'method-limits', title: 'Limits of the model' },
  { id: 'method-choices', title: 'Choices the app made where the method is silent' },
  { id: 'method-version-1', title: 'What changed from version 1' },
] as const;

export type MethodSectionId = (typeof METHOD_SECTIONS)[number]['id'];

export function methodSectionTitle(id: MethodSectionId): string {
  return METHOD_SECTIONS.find((s) => s.id === id)?.title ?? '';
}
