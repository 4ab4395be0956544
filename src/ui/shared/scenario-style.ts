/**
 * Line styles for doing nothing and the funding scenarios: each scenario has its own colour and dash
 * pattern, and doing nothing is a solid black line, so lines differ by more than colour.
 */
import { dashPattern } from './partner-colours';
import type { SeriesStyle } from './chart-types';

const SCENARIO_COLOURS = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#7c3aed',
  '#be123c',
  '#0f766e',
] as const;

function scenarioColour(index: number): string {
  return SCENARIO_COLOURS[index % SCENARIO_COLOURS.length] ?? '#1d4ed8';
}

export const DO_NOTHING_KEY = 'doNothing';

export function doNothingStyle(): SeriesStyle {
  return {
    key: DO_NOTHING_KEY,
    name: 'Doing nothing',
    colour: '#0b0c0c',
    dash: '',
    pattern: 0,
    mark: 'line',
  };
}

/** Scenario i's line: keys are positions so ids that are not valid object keys never matter. */
export function scenarioStyle(index: number, name: string): SeriesStyle {
  return {
    key: `s${index}`,
    name,
    colour: scenarioColour(index),
    // Dash pattern 0 is solid, kept for doing nothing.
    dash: dashPattern(index + 1),
    pattern: index + 1,
    mark: 'line',
  };
}
