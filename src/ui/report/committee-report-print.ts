/**
 * The printed report's running header. Chromium, Edge, Firefox and Safari draw `@page` margin boxes
 * (Chromium since version 131), so the header and the page numbers live in the page margins of the
 * browser's own print to PDF. CSS cannot read the model's title from the page, so the title reaches the
 * margin box as a custom property on the root element, holding a CSS string in which every character but
 * letters, digits and spaces is escaped: a title can never end the string, whatever was typed. (The app's
 * Content-Security-Policy refuses inline style elements; a property set through the CSSOM is allowed.)
 */

/** The property committee-report.css reads in its `@top-left` margin box. */
export const RUNNING_TITLE_PROPERTY = '--committee-report-title';

/** A running header longer than this is cut with an ellipsis, so it stays on one line of the margin. */
export const HEADER_LENGTH = 90;

/** A quoted CSS string that shows `text` as written: `a"b` → `"a\22 b"`, `a: b` → `"a\3a  b"`. */
export function cssString(text: string): string {
  let escaped = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    // Control characters (and NUL, which CSS turns into U+FFFD anyway) are dropped, not escaped.
    if (code < 0x20 || code === 0x7f) continue;
    escaped += /^[\p{L}\p{N} ]$/u.test(character)
      ? character
      : // The space ends the escape and is swallowed with it, so a real space after it still shows.
        `\\${code.toString(16)} `;
  }
  return `"${escaped}"`;
}

/** The title as it runs along the top of every page: one line, cut at a word where it is long. */
export function headerTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim() || 'Untitled model';
  // Cut between whole characters as a reader sees them, so an accent or an emoji is never split.
  const characters = Array.from(new Intl.Segmenter('en-GB').segment(line), (s) => s.segment);
  if (characters.length <= HEADER_LENGTH) return line;
  const cut = characters.slice(0, HEADER_LENGTH - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > HEADER_LENGTH / 2 ? atWord : cut}…`;
}
