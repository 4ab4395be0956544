import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/model-file';
import { missingFromModel } from '../../../src/ui/overview/overview-checklist';
import { workedExample } from '../render-with-store';
import { storyModel } from './story-model';

/** The story model with one of each gap the checklist looks for. */
function modelWithGaps(): ModelFile {
  const file = storyModel();
  file.streams.push(
    // A new caseload: no history, a flat trend from zero.
    { id: 'new', name: 'New caseload', history: [], trend: { method: 'flat', base: '0' } },
    // Counts given as a series: not missing.
    {
      id: 'series',
      name: 'Series caseload',
      history: [],
      trend: { method: 'series', values: ['5', '6'] },
    },
    // A growth rate with no base: missing.
    { id: 'rate', name: '', history: [], trend: { method: 'rate', rate: '0.1' } },
  );
  file.costLines.push({
    id: 'nosource',
    name: 'Police call-outs',
    stream: 's',
    rate: '0',
    unitCost: '10',
    bearers: [{ partner: 'police', share: '1' }],
    source: '  ',
  });
  file.services.push({ id: 'perp', name: 'Perpetrator programme', annualCost: '100', effects: [] });
  file.scenarios.push(
    // Equal shares among contributors who are all society: nobody pays.
    {
      id: 'nobody',
      name: 'Victims pay',
      fundedYears: 2,
      contractYears: 1,
      contributions: { rule: 'equal', contributors: ['victims'] },
    },
    // Agreed shares, none given.
    {
      id: 'custom',
      name: 'Agreed shares',
      fundedYears: 2,
      contractYears: 1,
      contributions: { rule: 'custom' },
    },
    // Offers, none made.
    {
      id: 'offers',
      name: 'Offers',
      fundedYears: 2,
      contractYears: 1,
      contributions: { rule: 'offers', offers: [] },
    },
  );
  return file;
}

describe('what is still missing', () => {
  it('finds nothing missing in the worked example', () => {
    expect(missingFromModel(workedExample())).toEqual([]);
  });

  it('finds nothing missing in the story model: its scenarios leave contributors out, so every partner but society pays', () => {
    expect(missingFromModel(storyModel())).toEqual([]);
  });

  it('lists caseloads without counts, lines without a source, services without a reach and scenarios nobody pays for', () => {
    expect(missingFromModel(modelWithGaps())).toEqual([
      {
        key: 'caseload-history',
        screen: 'caseload',
        action: 'Add caseload history',
        detail: 'for 2 caseloads',
        // The unnamed caseload is named by its id.
        names: ['New caseload', 'rate'],
      },
      {
        key: 'sources',
        screen: 'costs',
        action: 'Give a source',
        detail: 'for 1 cost line',
        names: ['Police call-outs'],
      },
      {
        key: 'reach',
        screen: 'services',
        action: 'Say whom it reaches',
        detail: 'for 1 service',
        names: ['Perpetrator programme'],
      },
      {
        key: 'payers',
        screen: 'scenarios',
        action: 'Choose who pays',
        detail: 'in 3 scenarios',
        names: ['Victims pay', 'Agreed shares', 'Offers'],
      },
    ]);
  });

  it('asks for a caseload, a service and a scenario when there are none', () => {
    const file = storyModel();
    file.streams = [];
    file.costLines = [];
    file.services = [];
    file.scenarios = [];
    expect(missingFromModel(file).map((item) => [item.key, item.screen, item.action])).toEqual([
      ['streams', 'caseload', 'Add a caseload'],
      ['services', 'services', 'Add a service'],
      ['scenarios', 'scenarios', 'Add a funding scenario'],
    ]);
  });

  it('counts an explicit empty list of contributors as nobody paying', () => {
    const file = storyModel();
    file.scenarios = [
      {
        id: 'x',
        name: 'Nobody chosen',
        fundedYears: 2,
        contractYears: 1,
        contributions: { rule: 'costBorne', contributors: [] },
      },
    ];
    expect(missingFromModel(file).map((item) => item.names)).toEqual([['Nobody chosen']]);
  });
});
