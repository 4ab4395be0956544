/**
 * The screens the overview links to, and a sentence made of plain text and linked figures, so the story
 * and the checklist can be worked out (and tested) without React.
 */
export type OverviewTarget =
  | 'setup'
  | 'partners'
  | 'caseload'
  | 'costs'
  | 'services'
  | 'scenarios'
  | 'results'
  | 'contributions'
  | 'methodology'
  | 'sources';

/** Plain text, or text that links to the screen behind it. */
export type StoryPart = string | { text: string; screen: OverviewTarget };

export type StorySentence = StoryPart[];

/** The words of a sentence without its links. */
export function sentenceText(sentence: StorySentence): string {
  return sentence.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** The whole story as one paragraph of plain text. */
export function storyText(sentences: readonly StorySentence[]): string {
  return sentences.map(sentenceText).join(' ');
}
