/**
 * A second effect of a service on the same target has a key of its own, and the editors find the same
 * key from the effects as typed that the engine builds from the model as read.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/model/model-file';
import { uncertainInputs } from '../../../src/model/uncertainty/uncertain-inputs';
import { effectInputKey } from '../../../src/ui/inputs/uncertain-keys';
import { modelOf, workedExampleFile } from '../../model/uncertainty/uncertainty-models';

describe('the key of an effect', () => {
  it('numbers a second effect on the same target #2, in the engine and in the editors alike', () => {
    const file = workedExampleFile() as ModelFile;
    const idva = file.services.find((s) => s.id === 'idva');
    if (!idva) throw new Error('the worked example has an IDVA service');
    // The IDVA service's effects aim at the MARAC stream, then police, health and children in need;
    // a fifth on police again is its second on that line.
    idva.effects.push({ costLine: 'police', reduction: '0.1' });
    const last = idva.effects.length - 1;
    expect(effectInputKey('idva', idva.effects, 1)).toBe('effect:idva:costLine:police');
    expect(effectInputKey('idva', idva.effects, last)).toBe('effect:idva:costLine:police#2');
    const keys = uncertainInputs(modelOf(file)).map((input) => input.key);
    expect(keys).toContain('effect:idva:costLine:police:reduction');
    expect(keys).toContain('effect:idva:costLine:police#2:reduction');
    expect(keys).toContain('effect:idva:costLine:police#2:attribution');
  });
});
