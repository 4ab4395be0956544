import { placesInWords, type IllustrativePlace } from './illustrative';

/** A labelled flag near the top when the model says its figures are illustrative. */
export function IllustrativeFlag({ places }: { places: readonly IllustrativePlace[] }) {
  if (places.length === 0) return null;
  return (
    <div className="overview-flag" role="note" aria-labelledby="overview-flag-label">
      <p>
        <strong id="overview-flag-label" className="overview-flag__label">
          Illustrative figures
        </strong>{' '}
        The model says so in {placesInWords(places)}: read its figures as an example of the method,
        not as evidence for a decision.
      </p>
    </div>
  );
}
