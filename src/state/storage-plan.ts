/**
 * Where each piece of state is kept. Typed against the stores' own keys, so adding a field to a store
 * does not compile until someone decides here whether it travels in a share link, is kept in this
 * browser, or is never stored.
 */
import type { ModelState } from './model-store';
import type { SessionState } from './session-store';
import type { ViewState } from './view-store';

export type Where = 'link, file and browser' | 'browser' | 'nowhere';

type DataKeys<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : K;
}[keyof T];

export const MODEL_STATE_STORAGE = {
  file: 'link, file and browser',
  past: 'nowhere',
  future: 'nowhere',
  drafts: 'nowhere',
  lastEdit: 'nowhere',
} as const satisfies Record<DataKeys<ModelState>, Where>;

export const VIEW_STATE_STORAGE = {
  basis: 'nowhere',
  comparison: 'nowhere',
} as const satisfies Record<DataKeys<ViewState>, Where>;

export const SESSION_STATE_STORAGE = {
  savedModel: 'browser',
  notice: 'nowhere',
  pendingReplacement: 'nowhere',
} as const satisfies Record<DataKeys<SessionState>, Where>;
