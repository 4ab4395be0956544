import { lazy, Suspense, type ComponentType } from 'react';
import { SetupScreen } from '../ui/inputs/setup-screen';
import { ResultsPanel } from '../ui/results-panel/results-panel';
import { ErrorSummary } from './error-summary';
import { INPUT_SCREENS, isScreenId, type ScreenId } from './screens';

/** What a screen may be given: a way to lead to another screen. */
type ScreenProps = { onNavigate: (screen: string) => void };

/**
 * Screens other than Set-up load on first use, so the charting library is not part of the first load.
 * Offline, the service worker has every part cached already.
 */
function lazyScreen(load: () => Promise<ComponentType<ScreenProps>>): ComponentType<ScreenProps> {
  return lazy(async () => ({ default: await load() }));
}

const VIEWS: Record<ScreenId, ComponentType<ScreenProps>> = {
  overview: lazyScreen(async () => (await import('../ui/overview/overview-screen')).OverviewScreen),
  setup: SetupScreen,
  partners: lazyScreen(async () => (await import('../ui/inputs/partners-screen')).PartnersScreen),
  caseload: lazyScreen(async () => (await import('../ui/inputs/caseload-screen')).CaseloadScreen),
  costs: lazyScreen(async () => (await import('../ui/inputs/cost-lines-screen')).CostLinesScreen),
  services: lazyScreen(async () => (await import('../ui/inputs/services-screen')).ServicesScreen),
  scenarios: lazyScreen(
    async () => (await import('../ui/inputs/scenarios-screen')).ScenariosScreen,
  ),
  results: lazyScreen(async () => (await import('../ui/results/results-screen')).ResultsScreen),
  contributions: lazyScreen(
    async () => (await import('../ui/contributions/contributions-screen')).ContributionsScreen,
  ),
  uncertainty: lazyScreen(
    async () => (await import('../ui/uncertainty/uncertainty-screen')).UncertaintyScreen,
  ),
  report: lazyScreen(
    async () => (await import('../ui/report/committee-report-screen')).CommitteeReportScreen,
  ),
  methodology: lazyScreen(
    async () => (await import('../ui/report/methodology-screen')).MethodologyScreen,
  ),
  sources: lazyScreen(async () => (await import('../ui/report/sources-screen')).SourcesScreen),
};

type Props = { screen: ScreenId; onNavigate: (screen: ScreenId) => void };

export function ScreenView({ screen, onNavigate }: Props) {
  const View = VIEWS[screen];
  const goTo = (id: string) => {
    if (isScreenId(id)) onNavigate(id);
  };
  const view = (
    <>
      {screen !== 'methodology' && screen !== 'sources' && <ErrorSummary onNavigate={onNavigate} />}
      <Suspense fallback={<p role="status">Loading…</p>}>
        <View onNavigate={goTo} />
      </Suspense>
    </>
  );
  if (!INPUT_SCREENS.has(screen)) return view;
  // Typing in the model, the figures it moves stay in view beside it.
  return (
    <div className="with-results-panel">
      <div className="with-results-panel__screen">{view}</div>
      <aside className="with-results-panel__panel" aria-label="Results as you type">
        <ResultsPanel onNavigate={goTo} />
      </aside>
    </div>
  );
}
