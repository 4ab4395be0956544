import { describe, expect, it } from 'vitest';
import type { CostLineFile } from '../../src/model/model-file';
import { findLibraryOverlaps, matchLibraryEntries } from '../../src/ui/inputs/library-overlaps';

const SHELTER = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015), from Shelter (2012)';
const UCD = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)';

/** A line as a person would have it after adding it from the library: the five fields typed out here. */
function line(
  id: string,
  name: string,
  unitCost: string,
  priceYear: number,
  unit: string,
  source: string,
): CostLineFile {
  return {
    id,
    name,
    stream: 'victims',
    rate: '0.1',
    unit,
    unitCost,
    priceYear,
    bearers: [{ partner: 'housing', share: '1' }],
    source,
  };
}

const APPLICATION = line(
  'app',
  "Homelessness application, family (includes 4 weeks' bed and breakfast)",
  '2501',
  2010,
  'application',
  SHELTER,
);
const DECISION = line(
  'decision',
  'Homelessness decision, administration',
  '375',
  2010,
  'application',
  SHELTER,
);
const CHILD_IN_NEED = line(
  'cin',
  'Child in need, case management',
  '1416',
  2008,
  'six-month episode',
  UCD,
);
const S47 = line('s47', 'Section 47 enquiry', '511', 2008, 'enquiry', UCD);
const TA = line(
  'ta',
  'Temporary accommodation: bed and breakfast',
  '334.95',
  2010,
  'household per week',
  SHELTER,
);

describe('matchLibraryEntries', () => {
  it('finds the entry a line came from while all five library fields still match', () => {
    const matched = matchLibraryEntries([APPLICATION, TA, { ...DECISION, unitCost: '380' }]);
    expect(matched.get('app')?.id).toBe('homelessness-application-family');
    expect(matched.get('ta')?.id).toBe('ta-bed-and-breakfast');
    // A changed figure is the user's own line now.
    expect(matched.has('decision')).toBe(false);
  });

  it('needs the price year, unit and source too', () => {
    const { priceYear: _year, ...noYear } = DECISION;
    const matched = matchLibraryEntries([
      noYear,
      { ...S47, id: 'unit', unit: 'case' },
      { ...CHILD_IN_NEED, source: 'Our own costing' },
    ]);
    expect(matched.size).toBe(0);
  });
});

describe('findLibraryOverlaps', () => {
  it('warns when the decision sits beside the family application that contains it', () => {
    const overlaps = findLibraryOverlaps([TA, APPLICATION, DECISION]);
    expect(overlaps.map((o) => o.message)).toEqual([
      "“Homelessness decision, administration” is already inside “Homelessness application, family (includes 4 weeks' bed and breakfast)”: counting both counts it twice.",
    ]);
    expect(overlaps[0]).toMatchObject({ insideLines: ['decision'], containerLines: ['app'] });
  });

  it('warns about the s47 enquiry inside child in need, whichever comes first', () => {
    const overlaps = findLibraryOverlaps([S47, CHILD_IN_NEED]);
    expect(overlaps.map((o) => [o.inside.id, o.container.id])).toEqual([
      ['section-47-enquiry', 'child-in-need'],
    ]);
  });

  it('warns about each part of the per-incident total, old criminal justice part included', () => {
    const walby =
      'GMCA / New Economy Unit Cost Database v1.4 (March 2015), code CR2.0, from Walby (2009)';
    const total = line(
      'total',
      'Domestic abuse incident: all public services',
      '2470',
      2008,
      'incident',
      `${walby}: sum of health, criminal justice, police, children's social care and housing`,
    );
    const police = line(
      'police',
      'Domestic abuse incident: police',
      '415',
      2008,
      'incident',
      walby,
    );
    const oldJustice = line(
      'cj',
      'Domestic abuse incident: criminal justice excluding police',
      '581',
      2008,
      'incident',
      `${walby}: prosecution, courts, probation, prison, legal aid`,
    );
    const overlaps = findLibraryOverlaps([police, oldJustice, total]);
    expect(overlaps.map((o) => o.inside.id)).toEqual([
      'da-incident-criminal-justice',
      'da-incident-police',
    ]);
  });

  it('gives one warning per pair however many lines each has', () => {
    const overlaps = findLibraryOverlaps([
      S47,
      CHILD_IN_NEED,
      { ...S47, id: 's47-again' },
      { ...CHILD_IN_NEED, id: 'cin-again' },
    ]);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({
      insideLines: ['s47', 's47-again'],
      containerLines: ['cin', 'cin-again'],
    });
  });

  it('says nothing when no entry contains another', () => {
    expect(findLibraryOverlaps([APPLICATION, TA, CHILD_IN_NEED])).toEqual([]);
    expect(findLibraryOverlaps([])).toEqual([]);
  });
});
