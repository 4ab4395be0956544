import { useMemo } from 'react';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import type { SimulationResult } from '../../model/uncertainty/simulation';
import { useModel } from '../../state/store-context';
import { isSimulationCurrent } from '../../state/uncertainty-runs';
import { useUncertaintyRuns } from '../../state/uncertainty-runs-context';
import { basisLabel } from '../shared/basis-label';
import { CASE_NAMES, type CaseKind } from '../shared/case-kind';
import { FanChart } from './fan-chart';
import { isMiddleFarFromToday, oneSidedInputs } from './one-sided-inputs';
import { fanData } from './fan-data';
import { PartnerRanges } from './partner-ranges';
import { ScrollRegion } from '../shared/scroll-region';
import {
  beatsSentence,
  chanceText,
  moneyOf,
  netSavingSentence,
  paybackSentence,
} from './simulation-words';

type Props = { model: Model; results: Results; scenarioId: string; kind: CaseKind };

const count = new Intl.NumberFormat('en-GB');

function NetSavingTable({ result, kind }: { result: SimulationResult; kind: CaseKind }) {
  return (
    <ScrollRegion>
      <table className="data-table">
        <caption>
          Net saving over the horizon and the chance of paying back,{' '}
          {CASE_NAMES[kind].toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col" className="num">
              P5
            </th>
            <th scope="col" className="num">
              P10
            </th>
            <th scope="col" className="num">
              P50 (middle run)
            </th>
            <th scope="col" className="num">
              P90
            </th>
            <th scope="col" className="num">
              P95
            </th>
            <th scope="col" className="num">
              Chance it pays back
            </th>
          </tr>
        </thead>
        <tbody>
          {result.scenarios.map((s) => {
            const c = s[kind];
            return (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td className="num">{moneyOf(c.netSavingPV.p5)}</td>
                <td className="num">{moneyOf(c.netSavingPV.p10)}</td>
                <td className="num">{moneyOf(c.netSavingPV.p50)}</td>
                <td className="num">{moneyOf(c.netSavingPV.p90)}</td>
                <td className="num">{moneyOf(c.netSavingPV.p95)}</td>
                <td className="num">{chanceText(c.chancePaysBack)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function BeatsTable({ result }: { result: SimulationResult }) {
  const names = new Map(result.scenarios.map((s) => [s.id, s.name]));
  if (result.longTermBeatsShortTerm.length === 0)
    return (
      <p>
        No scenario here funds one-year contracts beside one with longer contracts, so there is no
        long-term against short-term comparison.
      </p>
    );
  return (
    <>
      <ul className="simulation-sentences">
        {result.longTermBeatsShortTerm.map((pair) => (
          <li key={`${pair.longId}:${pair.shortId}`}>
            {beatsSentence(
              names.get(pair.longId) ?? pair.longId,
              names.get(pair.shortId) ?? pair.shortId,
              pair.chance,
            )}
          </li>
        ))}
      </ul>
      <ScrollRegion>
        <table className="data-table">
          <caption>Chance the long-term commitment saves more than one-year grants</caption>
          <thead>
            <tr>
              <th scope="col">Long-term scenario</th>
              <th scope="col">Against</th>
              <th scope="col" className="num">
                Chance it saves more
              </th>
            </tr>
          </thead>
          <tbody>
            {result.longTermBeatsShortTerm.map((pair) => (
              <tr key={`${pair.longId}:${pair.shortId}`}>
                <th scope="row">{names.get(pair.longId) ?? pair.longId}</th>
                <td>{names.get(pair.shortId) ?? pair.shortId}</td>
                <td className="num">{chanceText(pair.chance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** What the last simulation found, marked when the model has changed since. */
/** Today's net saving PV of each scenario in the case shown, as a plain number beside the simulated ones. */
function todayOf(results: Results, kind: CaseKind): Map<string, number> {
  return new Map(
    results.scenarios.map((r) => [
      r.scenarioId,
      (kind === 'financial' ? r.financial.headline : r.headline).netSaving.pv.toNumber(),
    ]),
  );
}

/** Why the middle runs sit away from today's figures, when they do: the figures that can move one way only. */
function OneSidedNote({
  model,
  result,
  today,
  kind,
}: {
  model: Model;
  result: SimulationResult;
  today: Map<string, number>;
  kind: CaseKind;
}) {
  const oneSided = useMemo(() => oneSidedInputs(model), [model]);
  const isFar = result.scenarios.some((s) => {
    const figure = today.get(s.id);
    return figure !== undefined && isMiddleFarFromToday(s[kind].netSavingPV.p50, figure);
  });
  if (!isFar || oneSided.length === 0) return null;
  return (
    <div className="simulation-one-sided">
      <p>
        The middle runs sit away from today&rsquo;s figures because{' '}
        {oneSided.length === 1 ? 'one figure has' : `${count.format(oneSided.length)} figures have`}{' '}
        a range on one side of today&rsquo;s value: the draws move them only one way. If that is not
        what you believe, give them a range on both sides or narrow it.
      </p>
      <ul>
        {oneSided.map((input) => (
          <li key={input.key}>
            {input.text}: can only {input.direction === 'falls' ? 'fall' : 'rise'}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SimulationResults({ model, results, scenarioId, kind }: Props) {
  const file = useModel((s) => s.file);
  const finished = useUncertaintyRuns((s) => s.simulation);
  const result = finished?.result ?? null;
  const fans = useMemo(
    () =>
      result?.scenarios.map((s, i) => ({
        id: s.id,
        name: s.name,
        data: fanData(result.years, s[kind].cumulativeNetSaving, i, s.name),
      })) ?? [],
    [result, kind],
  );
  const today = useMemo(() => todayOf(results, kind), [results, kind]);
  if (!finished || !result) return null;
  const isCurrent = isSimulationCurrent(finished, file);
  const basis = `${basisLabel('pv', model)}; ${CASE_NAMES[kind].toLowerCase()}`;
  return (
    <div className={`simulation-results${isCurrent ? '' : ' simulation-results--stale'}`}>
      <h4>
        Results of {count.format(result.draws)} draws with seed {result.seed}
      </h4>
      {!isCurrent && (
        <p className="out-of-date">
          Out of date: the model has changed since this run. Run the simulation again to bring these
          figures up to date.
        </p>
      )}
      <ul className="simulation-sentences">
        {result.scenarios.map((s) => (
          <li key={s.id}>
            {netSavingSentence(s.name, kind, s[kind].netSavingPV, today.get(s.id) ?? null)}{' '}
            {paybackSentence(s.name, kind, s[kind].chancePaysBack)}
          </li>
        ))}
      </ul>
      <OneSidedNote model={model} result={result} today={today} kind={kind} />
      <NetSavingTable result={result} kind={kind} />
      <h4>Cumulative net saving, year by year</h4>
      <div className="fan-grid">
        {fans.map((fan) => (
          <FanChart
            key={fan.id}
            data={fan.data}
            title={`Cumulative net saving of “${fan.name}”: the middle run and 8 runs in 10`}
            basis={basis}
          />
        ))}
      </div>
      <h4>Long-term commitment against one-year grants</h4>
      <BeatsTable result={result} />
      <PartnerRanges result={result} scenarioId={scenarioId} />
    </div>
  );
}
