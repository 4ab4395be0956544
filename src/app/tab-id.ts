/**
 * Each tab keeps its own autosave, found again by an id held in the tab's sessionStorage: a reload of the
 * same tab finds its own work; another tab, or a visit after closing the browser, gets a new id.
 */
const TAB_ID_KEY = 'cost-of-inaction:tab-id';

export function newTabId(random: () => number = Math.random): string {
  return `t${Date.now().toString(36)}${Math.floor(random() * 1e9).toString(36)}`;
}

/** This tab's id; a new one (remembered for reloads) the first time. */
export function currentTabId(): string {
  try {
    const known = window.sessionStorage.getItem(TAB_ID_KEY);
    if (known) return known;
  } catch {
    // No sessionStorage: the tab gets an id for this visit only.
  }
  const id = newTabId();
  rememberTabId(id);
  return id;
}

export function rememberTabId(id: string): void {
  try {
    window.sessionStorage.setItem(TAB_ID_KEY, id);
  } catch {
    // Nothing to do: a reload will then start as a new tab, and offer this one's work back.
  }
}
