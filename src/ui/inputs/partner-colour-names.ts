/** Plain names for the chart colours, so the swatch is never the only way to tell partners apart. */
import { partnerColour } from '../shared/partner-colours';

const NAMES: Record<string, string> = {
  '#0072B2': 'Blue',
  '#D55E00': 'Vermilion',
  '#009E73': 'Green',
  '#CC79A7': 'Pink',
  '#E69F00': 'Orange',
  '#56B4E9': 'Sky blue',
  '#8C564B': 'Brown',
  '#000000': 'Black',
  '#7F3C8D': 'Purple',
  '#4B8B3B': 'Leaf green',
  '#B22222': 'Brick red',
  '#5D6D7E': 'Slate grey',
};

/** The colour a partner has in every chart, by its position, with a name to read. */
export function partnerColourOf(index: number): { colour: string; name: string } {
  const colour = partnerColour(index);
  return { colour, name: NAMES[colour] ?? `Colour ${index + 1}` };
}
