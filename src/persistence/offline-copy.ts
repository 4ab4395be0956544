/**
 * The single-file offline copy: the built app as one HTML file with the current model inside, which
 * opens from disk on a machine with no network. The model sits in a JSON script element; `<` is escaped
 * so no text in the model can end that element early.
 */
import type { ModelFile } from '../model/model-file';

export const EMBEDDED_MODEL_ID = 'embedded-model';

/**
 * Puts the model into the pristine offline page, just before its closing </head>. The last one is used:
 * the inlined app bundle itself contains the text "</head>" (in this very function).
 */
export function embedModel(html: string, file: ModelFile): string {
  const json = JSON.stringify(file).replace(/</g, '\\u003c');
  const element = `<script type="application/json" id="${EMBEDDED_MODEL_ID}">${json}</script>`;
  const at = html.lastIndexOf('</head>');
  return at < 0 ? `${element}${html}` : `${html.slice(0, at)}${element}${html.slice(at)}`;
}

/**
 * A page without its embedded model, so a copy saved from a copy carries only the model it is given.
 * The element is written by `embedModel` (or serialised back by the browser in the same form), and its
 * text cannot hold `<`, so the first `</script>` after it is its end.
 */
export function withoutEmbeddedModel(html: string): string {
  return html.replace(
    new RegExp(`<script type="application/json" id="${EMBEDDED_MODEL_ID}">[^<]*</script>`, 'g'),
    '',
  );
}

/** The model embedded in a page, as untrusted JSON; null when there is none or it is not JSON. */
export function readEmbeddedModel(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function offlineCopyFileName(file: ModelFile): string {
  const slug = file.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'cost-of-inaction'}-offline.html`;
}
