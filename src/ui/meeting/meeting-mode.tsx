/**
 * Meeting mode: the whole screen for a partnership meeting on a projector. One scenario at a time in
 * large type (← and → step, Escape leaves), who pays under each rule side by side, and a few "what if"
 * settings worked out on a copy of the model, kept only if someone chooses to.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareRules } from '../../model/rule-comparison';
import { useAppStore, useModel, useResults } from '../../state/store-context';
import { basisLabel } from '../shared/basis-label';
import { MeetingFigures } from './meeting-figures';
import { MeetingWhoPays } from './meeting-who-pays';
import { useMeetingKeys } from './use-meeting-keys';
import { useWhatIf } from './use-what-if';
import {
  applyChanges,
  changesOf,
  describeChanges,
  hasChanges,
  NO_TEXTS,
  type WhatIfTexts,
} from './what-if';
import { WhatIfControls } from './what-if-controls';

export function MeetingMode({ onExit }: { onExit: () => void }) {
  const store = useAppStore();
  const { shown, isOutOfDate } = useResults();
  const file = useModel((s) => s.file);
  const title = useModel((s) => s.file.title);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [texts, setTexts] = useState<WhatIfTexts>(NO_TEXTS);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const scenarios = useMemo(() => shown?.model.scenarios ?? [], [shown]);
  const found = scenarios.findIndex((s) => s.id === scenarioId);
  const index = found >= 0 ? found : 0;
  const scenario = scenarios[index];
  const count = scenarios.length;
  const step = (by: number) => {
    if (count === 0) return;
    const next = scenarios[(index + by + count) % count];
    if (next) setScenarioId(next.id);
  };
  useMeetingKeys({
    onPrevious: () => {
      step(-1);
    },
    onNext: () => {
      step(1);
    },
    onExit,
  });

  const changes = useMemo(() => changesOf(texts, scenarios), [texts, scenarios]);
  const { figures, isWorking } = useWhatIf(file, changes);
  const changeLines = useMemo(() => describeChanges(changes, scenarios), [changes, scenarios]);
  const whatIf = hasChanges(changes) && figures.kind === 'figures' ? figures : null;
  const isWhatIf = whatIf !== null;

  const savedResult = shown?.results.scenarios.find((r) => r.scenarioId === scenario?.id) ?? null;
  const whatIfResult = whatIf
    ? (whatIf.results.scenarios.find((r) => r.scenarioId === scenario?.id) ?? null)
    : null;
  const savedRules = useMemo(
    () => (shown && scenario ? compareRules(shown.model, shown.results, scenario.id) : null),
    [shown, scenario],
  );
  const whatIfRules = useMemo(
    () => (whatIf && scenario ? compareRules(whatIf.model, whatIf.results, scenario.id) : null),
    [whatIf, scenario],
  );

  const keep = () => {
    store.getState().edit((draft) => {
      applyChanges(draft, changes);
    });
    setTexts(NO_TEXTS);
  };

  return (
    <div className="meeting">
      <header className="meeting__bar">
        <div className="meeting__where">
          <p className="meeting__model">
            {count > 0 && (
              <>
                <span className="meeting__count">
                  Scenario {index + 1} of {count}
                </span>
                {' · '}
              </>
            )}
            {title || 'Untitled model'}
          </p>
          <h1 className="meeting__title" ref={headingRef} tabIndex={-1}>
            {scenario?.name ?? 'No scenario to show'}
          </h1>
        </div>
        <div className="meeting__nav" role="toolbar" aria-label="Meeting">
          <button
            type="button"
            className="button button--secondary"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => {
              step(-1);
            }}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-keyshortcuts="ArrowRight"
            onClick={() => {
              step(1);
            }}
          >
            Next →
          </button>
          <button type="button" className="button" aria-keyshortcuts="Escape" onClick={onExit}>
            Exit meeting mode
          </button>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {scenario ? `Scenario ${String(index + 1)} of ${String(count)}: ${scenario.name}` : ''}
        </p>
      </header>
      {!shown || !scenario || !savedResult ? (
        <main className="meeting__body">
          <p className="meeting__empty">
            {shown
              ? 'This model has no scenarios to show yet. Add one on the Scenarios screen.'
              : 'The figures wait until the model’s problems are fixed. Exit meeting mode to fix them.'}
          </p>
        </main>
      ) : (
        <main className="meeting__body">
          <p className="meeting__basis">
            {basisLabel('pv', shown.model)}.
            {isOutOfDate && ' These are the last figures worked out; the model has changed since.'}
          </p>
          {isWhatIf && (
            <p className="meeting__what-if-flag">
              What if: figures with changes that are not saved; the saved figures are under each.
            </p>
          )}
          <MeetingFigures saved={savedResult} whatIf={whatIfResult} />
          <WhatIfControls
            scenario={scenario}
            texts={texts}
            onTextsChange={setTexts}
            changeLines={changeLines}
            problems={figures.kind === 'problems' ? figures.problems : []}
            isWorking={isWorking}
            onKeep={keep}
            onReset={() => {
              setTexts(NO_TEXTS);
            }}
          />
          {savedRules && (
            <MeetingWhoPays model={shown.model} saved={savedRules} whatIf={whatIfRules} />
          )}
        </main>
      )}
    </div>
  );
}
