import type { Model } from '../../model/model';
import { basisLabel } from '../shared/basis-label';
import { formatFinancialYear } from '../shared/format';

type Props = { model: Model; madeOn: Date };

/** "5 May 2026": the day the report was made, as a committee paper dates itself. */
export function madeOnText(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The report's opening: the model's title, area, the date it was made, the basis of its figures and the notes. */
export function CommitteeReportCover({ model, madeOn }: Props) {
  const notes = model.notes.trim();
  return (
    <>
      <div className="committee-report__cover">
        <p className="committee-report__title">{model.title.trim() || 'Untitled model'}</p>
        <dl className="committee-report__facts">
          <dt>Area</dt>
          <dd>{model.area.trim() || 'Not stated'}</dd>
          <dt>Made on</dt>
          <dd>{madeOnText(madeOn)}</dd>
          <dt>Figures</dt>
          <dd>
            {basisLabel('pv', model)}, over {model.horizonYears}{' '}
            {model.horizonYears === 1 ? 'year' : 'years'} from{' '}
            {formatFinancialYear(model.startYear)}
          </dd>
        </dl>
      </div>
      <section aria-labelledby="report-notes-heading" className="committee-report__section">
        <h3 id="report-notes-heading">Notes on the model</h3>
        <p className="committee-report__notes">{notes || 'The model has no notes.'}</p>
      </section>
    </>
  );
}
