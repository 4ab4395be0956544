import type { ReactElement } from 'react';
import { ContributionsScreen } from '../ui/contributions/contributions-screen';
import { CaseloadScreen } from '../ui/inputs/caseload-screen';
import { CostLinesScreen } from '../ui/inputs/cost-lines-screen';
import { PartnersScreen } from '../ui/inputs/partners-screen';
import { ScenariosScreen } from '../ui/inputs/scenarios-screen';
import { ServicesScreen } from '../ui/inputs/services-screen';
import { SetupScreen } from '../ui/inputs/setup-screen';
import { MethodologyScreen } from '../ui/report/methodology-screen';
import { SourcesScreen } from '../ui/report/sources-screen';
import { ResultsScreen } from '../ui/results/results-screen';
import { ErrorSummary } from './error-summary';
import type { ScreenId } from './screens';

const VIEWS: Record<ScreenId, () => ReactElement> = {
  setup: SetupScreen,
  partners: PartnersScreen,
  caseload: CaseloadScreen,
  costs: CostLinesScreen,
  services: ServicesScreen,
  scenarios: ScenariosScreen,
  results: ResultsScreen,
  contributions: ContributionsScreen,
  methodology: MethodologyScreen,
  sources: SourcesScreen,
};

type Props = { screen: ScreenId; onNavigate: (screen: ScreenId) => void };

export function ScreenView({ screen, onNavigate }: Props) {
  const View = VIEWS[screen];
  return (
    <>
      {screen !== 'methodology' && screen !== 'sources' && <ErrorSummary onNavigate={onNavigate} />}
      <View />
    </>
  );
}
