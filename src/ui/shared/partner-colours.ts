/**
 * One colour per partner, the same in every chart, chosen by the partner's position. The palette
 * (Okabe–Ito, extended) stays distinguishable for the common kinds of colour blindness; charts add
 * patterns, markers and labels so nothing relies on colour alone.
 */
const PARTNER_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C564B',
  '#000000',
  '#7F3C8D',
  '#4B8B3B',
  '#B22222',
  '#5D6D7E',
] as const;

export function partnerColour(index: number): string {
  return PARTNER_PALETTE[index % PARTNER_PALETTE.length] ?? '#000000';
}

/** Dash patterns for lines, cycled alongside colours. */
const DASH_PATTERNS = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'] as const;

export function dashPattern(index: number): string {
  return DASH_PATTERNS[index % DASH_PATTERNS.length] ?? '';
}
