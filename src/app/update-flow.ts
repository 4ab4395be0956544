/**
 * What "Reload now" does in one tab when a new version is ready, apart from the service worker itself so
 * it can be tested: only the tab that asked reloads, always after its work is written to its autosave.
 */
export type UpdateFlow = {
  /** This tab's "Reload now": activate the waiting version (then reload), or reload if it already is. */
  reloadNow: (isWaiting: boolean, activate: () => void) => void;
  /** The new version took control (because some tab asked); reload, once, only if this tab asked. */
  onNewVersionInControl: () => void;
};

export function createUpdateFlow({
  reload,
  beforeReload,
}: {
  reload: () => void;
  beforeReload: () => void;
}): UpdateFlow {
  let hasAsked = false;
  let isReloading = false;
  const reloadKeepingWork = () => {
    if (isReloading) return;
    isReloading = true;
    beforeReload();
    reload();
  };
  return {
    reloadNow: (isWaiting, activate) => {
      hasAsked = true;
      // Another tab may have activated the new version already: nothing is waiting, so just reload.
      if (isWaiting) activate();
      else reloadKeepingWork();
    },
    onNewVersionInControl: () => {
      if (hasAsked) reloadKeepingWork();
    },
  };
}
