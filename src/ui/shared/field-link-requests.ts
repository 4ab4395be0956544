/**
 * Links to a field of one item of a list (as the error summary gives: `#field-costLines_5b3_5d…`): which
 * item they point at, and the last one followed, so a list that shows items a page or one at a time can
 * bring that item on screen first, even when its screen opens because of the link.
 */
import { fieldId } from './use-field-problem';

/** The item a link to a field of the list at `path` points at, from the link's target id. */
export function itemOfFieldId(path: string, id: string): number | null {
  const prefix = `${fieldId(path)}_5b`;
  if (!id.startsWith(prefix)) return null;
  const match = /^(\d+)_5d/.exec(id.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

/** The field id a click on a field link targets, or null for any other click. */
export function fieldLinkTarget(event: MouseEvent): string | null {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#field-"]') : null;
  return link?.getAttribute('href')?.slice(1) ?? null;
}

// The last field link followed, for a list not on screen yet when the link is clicked (its screen opens
// as a result).
let lastRequest: { id: string; at: number } | null = null;
if (typeof document !== 'undefined')
  document.addEventListener(
    'click',
    (event) => {
      const id = fieldLinkTarget(event);
      if (id) lastRequest = { id, at: performance.now() };
    },
    { capture: true },
  );

/** The item of the list at `path` a field link followed just now points at, and the field; else null. */
export function requestedItem(path: string): { item: number; fieldId: string } | null {
  if (!lastRequest || performance.now() - lastRequest.at > 1000) return null;
  const item = itemOfFieldId(path, lastRequest.id);
  return item === null ? null : { item, fieldId: lastRequest.id };
}
