/**
 * The room's "what if" boxes for the scenario on screen, and coverage for every service. They change a
 * copy of the model; "Keep these changes" makes them in the saved model (one step undo takes back),
 * "Reset" forgets them.
 */
import { useId } from 'react';
import type { Problem, Scenario } from '../../model/model';
import {
  COVERAGE_MAX_PERCENT,
  coverageProblem,
  KNOB_LABELS,
  knobProblem,
  knobText,
  SCENARIO_KNOBS,
  type ScenarioKnob,
  type WhatIfTexts,
} from './what-if';

function NumberBox({
  label,
  hint,
  text,
  problem,
  onChange,
}: {
  label: string;
  hint?: string;
  text: string;
  problem: string | null;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field meeting-what-if__field${problem ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input input--number meeting-what-if__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={Boolean(problem)}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      )}
    </div>
  );
}

type Props = {
  scenario: Scenario;
  texts: WhatIfTexts;
  onTextsChange: (texts: WhatIfTexts) => void;
  /** The changes in words; empty when the figures are the saved ones. */
  changeLines: string[];
  /** Problems the copy of the model has with these changes (it is then not worked out). */
  problems: Problem[];
  isWorking: boolean;
  onKeep: () => void;
  onReset: () => void;
};

export function WhatIfControls(props: Props) {
  const { scenario, texts, onTextsChange, changeLines, problems, isWorking } = props;
  const setKnob = (knob: ScenarioKnob, text: string) => {
    onTextsChange({
      ...texts,
      scenarios: {
        ...texts.scenarios,
        [scenario.id]: { ...texts.scenarios[scenario.id], [knob]: text },
      },
    });
  };
  const coverage = texts.coverage ?? '100';
  const hasChanges = changeLines.length > 0;
  return (
    <section className="meeting-what-if" aria-labelledby="meeting-what-if-title">
      <h3 id="meeting-what-if-title" className="meeting-case__title">
        What if…
      </h3>
      <p className="meeting-what-if__intro">
        Try other settings for this scenario (coverage: for every scenario). The figures change on
        screen only; the saved model stays as it is unless you keep the changes.
      </p>
      <div className="meeting-what-if__fields">
        {SCENARIO_KNOBS.map((knob) => {
          const text = knobText(texts, scenario, knob);
          return (
            <NumberBox
              key={knob}
              label={KNOB_LABELS[knob]}
              text={text}
              problem={knobProblem(text, knob)}
              onChange={(typed) => {
                setKnob(knob, typed);
              }}
            />
          );
        })}
        <NumberBox
          label="Coverage (% of planned)"
          hint={`Multiplies every service’s coverage, at most 100%, in every scenario (0 to ${String(COVERAGE_MAX_PERCENT)}).`}
          text={coverage}
          problem={coverageProblem(coverage)}
          onChange={(typed) => {
            onTextsChange({ ...texts, coverage: typed });
          }}
        />
      </div>
      <div className="meeting-what-if__status" aria-live="polite">
        {hasChanges ? (
          <>
            <p className="meeting-what-if__flag">
              What if{isWorking ? ' (working out the figures…)' : ''}: not saved
            </p>
            <ul className="meeting-what-if__changes">
              {changeLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Showing the saved figures.</p>
        )}
        {problems.length > 0 && (
          <p className="field__error">
            These settings cannot be worked out: {problems[0]?.message ?? ''}
          </p>
        )}
      </div>
      <div className="meeting-what-if__actions">
        <button
          type="button"
          className="button"
          aria-disabled={!hasChanges}
          onClick={() => {
            if (hasChanges) props.onKeep();
          }}
        >
          Keep these changes
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!hasChanges}
          onClick={() => {
            if (hasChanges) props.onReset();
          }}
        >
          Reset
        </button>
      </div>
    </section>
  );
}
