import { describe, expect, it } from 'vitest';
import {
  OFFERED_UNIT_COSTS,
  UNIT_COST_LIBRARY,
} from '../../../src/model/reference/unit-cost-library';
import { searchLibrary } from '../../../src/ui/inputs/library-search';

/** What the library panel lists: it searches only the entries it offers, never a replaced one. */
const names = (query: string) => searchLibrary(query, OFFERED_UNIT_COSTS).map((e) => e.name);

describe('searchLibrary', () => {
  it('finds the temporary accommodation entries by name, ignoring case', () => {
    const found = names('Temporary ACCOMMODATION');
    // The five kinds of temporary accommodation, in library order.
    expect(found).toEqual([
      'Temporary accommodation: bed and breakfast',
      'Temporary accommodation: private-sector leased',
      'Temporary accommodation: hostel',
      'Temporary accommodation: council stock',
      'Temporary accommodation: housing association',
    ]);
  });

  it('needs every word, in any order', () => {
    expect(names('hostel temporary')).toEqual(['Temporary accommodation: hostel']);
    expect(names('temporary police')).toEqual([]);
  });

  it('finds entries by the agency the source names and by the kind of partner', () => {
    expect(names('NHS')).toContain('A&E attendance');
    // "Health (NHS)" is the label of the health kind: the all-services figure is partly borne by health.
    expect(names('health')).toContain('Domestic abuse incident: all public services');
    // Housing benefit is DWP money; the replaced refuge entry has the same label but is not offered.
    expect(names('dwp')).toEqual(['Refuge room: housing benefit']);
    expect(searchLibrary('dwp', UNIT_COST_LIBRARY).map((e) => e.name)).toEqual([
      'Refuge rent and service charge',
      'Refuge room: housing benefit',
    ]);
  });

  it('ignores apostrophes', () => {
    const straight = names("children's services");
    expect(straight.length).toBeGreaterThan(0);
    expect(names('childrens services')).toEqual(straight);
    expect(names('children’s services')).toEqual(straight);
  });

  it('returns the whole library for an empty query and nothing for a word in no entry', () => {
    expect(searchLibrary('  ', UNIT_COST_LIBRARY)).toHaveLength(UNIT_COST_LIBRARY.length);
    expect(names('zebra')).toEqual([]);
  });
});
