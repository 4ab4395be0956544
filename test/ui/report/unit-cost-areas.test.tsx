import { describe, expect, it } from 'vitest';
import { UNIT_COST_LIBRARY } from '../../../src/model/reference/unit-cost-library';
import { areaOf, groupByArea } from '../../../src/ui/report/unit-cost-areas';
import { unitCostText } from '../../../src/ui/report/unit-cost-text';

describe('unit-cost areas', () => {
  it('places every library entry in a named area, once', () => {
    for (const entry of UNIT_COST_LIBRARY) expect(areaOf(entry), entry.id).not.toBe('Other');
    const grouped = groupByArea(UNIT_COST_LIBRARY).flatMap((g) => g.entries);
    expect(grouped).toHaveLength(UNIT_COST_LIBRARY.length);
  });

  it('writes unit costs with pence only when they have them', () => {
    expect(unitCostText('2470', 'incident')).toBe('£2,470 per incident');
    expect(unitCostText('334.95', 'week')).toBe('£334.95 per week');
    expect(unitCostText('12', undefined)).toBe('£12');
    expect(unitCostText('', 'week')).toBe('no figure per week');
  });
});
