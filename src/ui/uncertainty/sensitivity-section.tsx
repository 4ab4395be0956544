import { useEffect } from 'react';
import { ZERO } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { useIsModelValid, useModel } from '../../state/store-context';
import { isSensitivityCurrent } from '../../state/uncertainty-runs';
import { useUncertaintyRuns, useUncertaintyRunsStore } from '../../state/uncertainty-runs-context';
import { basisLabel } from '../shared/basis-label';
import { CASE_NAMES, caseFigures, type CaseKind } from '../shared/case-kind';
import { formatPercent } from '../shared/format';
import { switchingLines, switchingSentences } from './switching-data';
import { SwitchingTable } from './switching-table';
import { TornadoChart } from './tornado-chart';
import { tornadoData } from './tornado-data';

type Props = { model: Model; results: Results; scenarioId: string; kind: CaseKind };

/** "pays for itself if its services achieve at least 38.2% of the effects assumed". */
function breakEvenSentence(name: string, financial: string, economic: string): string {
  return `“${name}” pays for itself if its services achieve at least ${financial} of the effects assumed in the financial case, and ${economic} in the economic case.`;
}

/**
 * The deterministic side of "how sure": the tornado, the switching values and the break-even effect of
 * one scenario. They are worked out off the page's thread whenever the model's figures change.
 */
export function SensitivitySection({ model, results, scenarioId, kind }: Props) {
  const runs = useUncertaintyRunsStore();
  const file = useModel((s) => s.file);
  const isValid = useIsModelValid();
  const { sensitivity, isWorking } = useUncertaintyRuns((s) => ({
    sensitivity: s.sensitivity,
    isWorking: s.sensitivityAsked !== null,
  }));
  useEffect(() => {
    if (isValid) runs.getState().analyse(file, scenarioId);
  }, [runs, file, isValid, scenarioId]);

  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  const result = results.scenarios.find((s) => s.scenarioId === scenarioId);
  const name = scenario?.name ?? scenarioId;
  const base = result ? caseFigures(result, kind).headline.netSaving.pv : ZERO;
  const isCurrent = isSensitivityCurrent(sensitivity, file, scenarioId);
  const value = sensitivity?.scenarioId === scenarioId ? sensitivity.value : null;
  // A few dozen rows at most: sorted and worded again on each render, which costs nothing.
  const tornado = value ? tornadoData(value.tornado, base, kind, name) : null;
  const lines = value ? switchingLines(value.switching) : [];
  const sentences = value
    ? switchingSentences(value.switching, kind, name, !base.isNegative())
    : [];
  const breakEven = (h: { breakEvenScale: typeof base | null }) =>
    h.breakEvenScale === null ? 'none (nothing is avoided)' : formatPercent(h.breakEvenScale);

  return (
    <section aria-labelledby="sensitivity-heading" className="results-section">
      <h3 id="sensitivity-heading">What moves the net saving most</h3>
      {(!isCurrent || isWorking) && value && (
        <p className="out-of-date" role="status">
          {isWorking
            ? 'Working out the figures for the model as it is now…'
            : 'These figures are from an earlier version of the model: fix the problems shown above and they follow.'}
        </p>
      )}
      {!value && (
        <p role="status">
          {sensitivity?.scenarioId === scenarioId && sensitivity.message
            ? `The sensitivity could not be worked out: ${sensitivity.message}`
            : 'Working out how far each input moves the net saving…'}
        </p>
      )}
      {tornado && (
        <TornadoChart
          data={tornado}
          title={`What moves the net saving of “${name}”, largest swing first`}
          basis={`${basisLabel('pv', model)}; ${CASE_NAMES[kind].toLowerCase()}`}
        />
      )}
      <h3 id="switching-heading">What would have to be true for it not to pay back</h3>
      {result && (
        <p>
          {breakEvenSentence(
            name,
            breakEven(result.financial.headline),
            breakEven(result.headline),
          )}
        </p>
      )}
      {sentences.length > 0 && (
        <>
          <p>The inputs closest to the edge, each moved on its own:</p>
          <ul className="switching-sentences">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      {value && (
        <details className="switching-details">
          <summary>Show the switching value of every input ({lines.length})</summary>
          <SwitchingTable lines={lines} scenarioName={name} />
        </details>
      )}
    </section>
  );
}
