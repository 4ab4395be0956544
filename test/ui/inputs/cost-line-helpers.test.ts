import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import { shareTotal } from '../../../src/ui/inputs/bearer-share-total';
import { removalMessage, removeCostLine } from '../../../src/ui/inputs/cost-line-remove';
import {
  effectFromTarget,
  effectTargetGroups,
  effectTargetValue,
  newEffectTarget,
  streamsEffectsName,
} from '../../../src/ui/inputs/effect-targets';
import { workedExample } from '../render-with-store';

describe('shareTotal', () => {
  it('says the shares total 100% only when they do exactly', () => {
    expect(shareTotal(['0.25', '0.75']).text).toBe('Shares total 100%');
    expect(shareTotal(['0.25', '0.65'])).toMatchObject({
      isWhole: false,
      text: 'Shares total 90%: they must total 100%',
    });
    expect(shareTotal(['0.3333', '0.3333', '0.3333']).text).toBe(
      'Shares total 99.99%: they must total 100%',
    );
  });

  it('leaves out text that is not a number yet', () => {
    expect(shareTotal(['1', 'abc']).isWhole).toBe(true);
  });
});

describe('removeCostLine', () => {
  it('removes the line and the effects naming it, and says so', () => {
    const file = workedExample();
    const removed = removeCostLine(file, 'police');
    expect(file.costLines.some((l) => l.id === 'police')).toBe(false);
    expect(file.services[0]?.effects).toHaveLength(3);
    expect(readModel(file).ok).toBe(true);
    expect(removalMessage(removed)).toBe(
      'Removed the cost line “Domestic abuse incident: police” and the effect of “Independent domestic violence advisers (IDVA) for high-risk victims” that named it. Undo brings them back.',
    );
  });

  it('says only the line went when no effect named it', () => {
    const file = workedExample();
    expect(removalMessage(removeCostLine(file, 'camhs'))).toBe(
      'Removed the cost line “CAMHS case”. Undo brings it back.',
    );
  });
});

describe('effect targets', () => {
  it('offers cost lines and whole streams, and round-trips an effect', () => {
    const file = workedExample();
    const groups = effectTargetGroups(file);
    expect(groups.costLines[0]).toEqual({
      value: 'costLine:police',
      label: 'Domestic abuse incident: police',
    });
    expect(groups.streams[1]?.value).toBe('stream:marac');
    expect(effectTargetValue({ stream: 'marac', reduction: '0.3' })).toBe('stream:marac');
    expect(effectFromTarget('costLine:ta')).toEqual({
      costLine: 'ta',
      reduction: '0',
      deadweight: '0',
      attribution: '1',
      source: '',
    });
    expect(effectFromTarget('nonsense')).toBeNull();
  });

  it('keeps an effect’s reduction, deadweight, attribution and source when it moves to another target', () => {
    const effect = {
      stream: 'marac',
      reduction: '0.2',
      deadweight: '0.25',
      attribution: '0.5',
      source: 'SafeLives 2023',
    };
    expect(effectFromTarget('costLine:ta', effect)).toEqual({
      costLine: 'ta',
      reduction: '0.2',
      deadweight: '0.25',
      attribution: '0.5',
      source: 'SafeLives 2023',
    });
  });

  it('lists the streams effects work on once each, through their cost lines too', () => {
    const file = workedExample();
    // IDVA: the MARAC stream itself, then police and health (both victims' lines), then s47 (children's).
    expect(streamsEffectsName(file, file.services[0]?.effects ?? [])).toEqual([
      'marac',
      'victims',
      'children',
    ]);
    expect(streamsEffectsName(file, [{ costLine: 'gone', reduction: '0.1' }])).toEqual([]);
  });

  it('suggests the first cost line no effect names yet', () => {
    const file = workedExample();
    const effects = file.services[0]?.effects ?? [];
    expect(newEffectTarget(file, effects)).toEqual({
      costLine: 'prevent',
      reduction: '0',
      deadweight: '0',
      attribution: '1',
      source: '',
    });
  });
});
