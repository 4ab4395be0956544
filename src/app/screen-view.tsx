import { SetupScreen } from '../ui/inputs/setup-screen';
import { ErrorSummary } from './error-summary';
import type { ScreenId } from './screens';

type Props = { screen: ScreenId; onNavigate: (screen: ScreenId) => void };

export function ScreenView({ screen, onNavigate }: Props) {
  return (
    <>
      <ErrorSummary onNavigate={onNavigate} />
      {screen === 'setup' && <SetupScreen />}
    </>
  );
}
