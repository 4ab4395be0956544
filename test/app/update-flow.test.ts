/**
 * A new version reloads only the tab that asked (src/app/update-flow.ts); the work is written first.
 */
import { describe, expect, it } from 'vitest';
import { createUpdateFlow } from '../../src/app/update-flow';

function tab() {
  const events: string[] = [];
  const flow = createUpdateFlow({
    reload: () => events.push('reload'),
    beforeReload: () => events.push('flush'),
  });
  return { events, flow };
}

describe('a new version', () => {
  it('activates the waiting version in the tab that asked, and reloads it once in control', () => {
    const asking = tab();
    asking.flow.reloadNow(true, () => asking.events.push('activate'));
    expect(asking.events).toEqual(['activate']);
    asking.flow.onNewVersionInControl();
    expect(asking.events).toEqual(['activate', 'flush', 'reload']);
  });

  it('leaves every other tab as it is when the new version takes control', () => {
    const other = tab();
    other.flow.onNewVersionInControl();
    expect(other.events).toEqual([]);
  });

  it('reloads at once, after writing the work, when another tab already activated it', () => {
    const later = tab();
    later.flow.reloadNow(false, () => later.events.push('activate'));
    expect(later.events).toEqual(['flush', 'reload']);
  });
});

describe('a tab told twice that the new version is in', () => {
  it('reloads once', () => {
    const asking = tab();
    asking.flow.reloadNow(true, () => undefined);
    asking.flow.onNewVersionInControl();
    asking.flow.onNewVersionInControl();
    expect(asking.events).toEqual(['flush', 'reload']);
  });
});
