/** Whether the model calls itself illustrative, and where: its title, area or notes. */
export type IllustrativePlace = 'title' | 'area' | 'notes';

const ILLUSTRATIVE = /illustrative/i;

export function illustrativePlaces(model: {
  title: string;
  area: string;
  notes: string;
}): IllustrativePlace[] {
  const places: IllustrativePlace[] = ['title', 'area', 'notes'];
  return places.filter((place) => ILLUSTRATIVE.test(model[place]));
}

/** "its title and notes" */
export function placesInWords(places: readonly IllustrativePlace[]): string {
  if (places.length <= 1) return `its ${places.join('')}`;
  return `its ${places.slice(0, -1).join(', ')} and ${places.at(-1) ?? ''}`;
}
