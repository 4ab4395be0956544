import { useMemo } from 'react';
import { useModel, useResults } from '../../state/store-context';
import { CasesSummary } from '../shared/cases-summary';
import { IllustrativeFlag } from './illustrative-flag';
import { illustrativePlaces } from './illustrative';
import { KeyAssumptionsView } from './key-assumptions-view';
import { missingFromModel } from './overview-checklist';
import { OverviewChart } from './overview-chart';
import { OverviewChecklistView } from './overview-checklist-view';
import { bestScenarioIndex, overviewStory } from './overview-story';
import { OverviewStoryView } from './overview-story-view';
import { PartnerGainsView } from './partner-gains-view';
import { ScreenLink } from './screen-link';

type Props = { onNavigate: (screen: string) => void };

/** The first screen: the argument in one paragraph, both cases, one chart, and what is still missing. */
export function OverviewScreen({ onNavigate }: Props) {
  const { shown, hasProblems, isUpdating } = useResults();
  const file = useModel((s) => s.file);
  const missing = useMemo(() => missingFromModel(file), [file]);
  const places = illustrativePlaces(file);
  const story = useMemo(() => (shown ? overviewStory(shown.model, shown.results) : null), [shown]);
  const bestIndex = shown ? bestScenarioIndex(shown.results) : null;
  const best = shown && bestIndex !== null ? shown.results.scenarios[bestIndex] : undefined;
  return (
    <section
      aria-busy={isUpdating}
      aria-labelledby="overview-heading"
      className="screen overview-screen"
    >
      <h2 id="overview-heading">Overview</h2>
      <p className="lead">
        What doing nothing costs, what each way of funding the services saves, and what the answer
        rests on.
      </p>
      <IllustrativeFlag places={places} />
      {/* Out of date only when there are figures to be out of date. */}
      <div role="status" className={hasProblems && shown ? 'out-of-date' : undefined}>
        {hasProblems &&
          shown &&
          'These figures are out of date: fix the problems listed above to update them.'}
      </div>
      {shown && story ? (
        <section aria-labelledby="overview-story-heading" className="overview-section">
          <h3 id="overview-story-heading">The story in brief</h3>
          <OverviewStoryView sentences={story} onNavigate={onNavigate} />
        </section>
      ) : (
        <p>
          There are no results yet: once the model is complete, the story and its figures will
          appear here.
        </p>
      )}
      <OverviewChecklistView items={missing} onNavigate={onNavigate} />
      {shown && (
        <>
          <section aria-labelledby="overview-cases-heading" className="overview-section">
            <h3 id="overview-cases-heading">The financial and economic cases</h3>
            <p>
              The financial case counts what lands in partners’ budgets; the economic case adds
              costs to the economy and harm to victims.{' '}
              <ScreenLink screen="results" onNavigate={onNavigate}>
                See every figure on the Results screen
              </ScreenLink>
              .
            </p>
            <CasesSummary model={shown.model} results={shown.results} basis="pv" pence={false} />
          </section>
          {shown.results.scenarios.length > 0 && (
            <section aria-labelledby="overview-chart-heading" className="overview-section">
              <h3 id="overview-chart-heading">When each scenario pays for itself</h3>
              <OverviewChart model={shown.model} results={shown.results} />
            </section>
          )}
          {best && <PartnerGainsView model={shown.model} result={best} onNavigate={onNavigate} />}
          <KeyAssumptionsView model={shown.model} results={shown.results} onNavigate={onNavigate} />
        </>
      )}
    </section>
  );
}
