import { lazy, Suspense, type ComponentType } from 'react';
import { SetupScreen } from '../ui/inputs/setup-screen';
import { ErrorSummary } from './error-summary';
import type { ScreenId } from './screens';

/**
 * Screens other than Set-up load on first use, so the charting library is not part of the first load.
 * Offline, the service worker has every part cached already.
 */
function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  return lazy(async () => ({ default: await load() }));
}

const VIEWS: Record<ScreenId, ComponentType> = {
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
  methodology: lazyScreen(
    async () => (await import('../ui/report/methodology-screen')).MethodologyScreen,
  ),
  sources: lazyScreen(async () => (await import('../ui/report/sources-screen')).SourcesScreen),
};

type Props = { screen: ScreenId; onNavigate: (screen: ScreenId) => void };

export function ScreenView({ screen, onNavigate }: Props) {
  const View = VIEWS[screen];
  return (
    <>
      {screen !== 'methodology' && screen !== 'sources' && <ErrorSummary onNavigate={onNavigate} />}
      <Suspense fallback={<p role="status">Loading…</p>}>
        <View />
      </Suspense>
    </>
  );
}
