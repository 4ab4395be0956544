/**
 * Sheet names a spreadsheet accepts: at most 31 characters, none of \ / ? * [ ] :, not starting or ending
 * with an apostrophe, not "History" (reserved by Excel), and unique regardless of case.
 */
const MAX_LENGTH = 31;
const RESERVED = new Set(['history']);

export const FIXED_SHEETS = {
  summary: 'Summary',
  assumptions: 'Assumptions',
  doNothing: 'Doing nothing',
  contributions: 'Contributions',
  sources: 'Sources',
  method: 'Method',
} as const;

/** Control characters (below space, and delete) cannot appear in a sheet name. */
function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 32 || code === 127;
}

function cleaned(name: string): string {
  return Array.from(name, (character) => (isControl(character) ? ' ' : character))
    .join('')
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** Trims to the limit (in UTF-16 units, never splitting a character) without ending in a space or an apostrophe. */
function fitted(text: string, room: number): string {
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > room) break;
    kept += character;
  }
  return kept.replace(/[\s']+$/, '');
}

/**
 * One name per scenario, in order: its own name made safe, or "Scenario n" when nothing is left of it;
 * a clash with a fixed sheet or an earlier scenario gets " (2)", " (3)"… within the limit.
 */
export function scenarioSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(Object.values(FIXED_SHEETS).map((n) => n.toLowerCase()));
  return names.map((name, i) => {
    const base = fitted(cleaned(name), MAX_LENGTH) || `Scenario ${i + 1}`;
    let candidate = base;
    for (
      let n = 2;
      taken.has(candidate.toLowerCase()) || RESERVED.has(candidate.toLowerCase());
      n += 1
    ) {
      const suffix = ` (${n})`;
      candidate = `${fitted(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
