/**
 * A model made under an earlier method (a file, link or saved model of format version 1 or older)
 * opens migrated to the current method; the app says so, and keeps the original to hand back as a
 * download, since nothing is overwritten until the user saves (MODEL.md, "From version 1").
 */
export type MethodChange = {
  /** The format version the model was made with. */
  fromVersion: number;
  /** The model as it came in, as a file of its own version. */
  originalText: string;
  fileName: string;
};

/** What to keep when a model opened from `original` was migrated from `fromVersion`; null if it was not. */
export function methodChangeOf(
  fromVersion: number | null,
  original: unknown,
  fileName: string,
): MethodChange | null {
  if (fromVersion === null) return null;
  const originalText =
    typeof original === 'string' ? original : `${JSON.stringify(original, null, 2)}\n`;
  return { fromVersion, originalText, fileName };
}

/** "ashdown.json" → "ashdown-version-1.json": the name the original is offered back under. */
export function originalFileName(name: string, fromVersion: number): string {
  const stem = name.replace(/\.json$/i, '') || 'cost-of-inaction-model';
  return `${stem}-version-${String(fromVersion)}.json`;
}

/** The name a model from a link or an offline copy, made under an earlier method, is offered back under. */
export const LINKED_ORIGINAL = 'model-from-a-link-version-1.json';
