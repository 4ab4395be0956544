import type { MethodChange } from '../../persistence/method-change';
import { downloadText } from './download';

type Props = { change: MethodChange | null; onDismiss: () => void };

/**
 * Said when a model made under an earlier method opens: what changed, why its figures may differ, and
 * its original to download. Nothing it came from has been overwritten.
 */
export function MethodChangeBanner({ change, onDismiss }: Props) {
  if (!change) return null;
  return (
    <div className="banner banner--method" role="status" aria-labelledby="method-change-heading">
      <div>
        <p id="method-change-heading">
          <strong>
            This model was made with version {change.fromVersion} of the method, which has changed.
          </strong>
        </p>
        <p>
          A service now helps only the cases it reaches while it is running, and their benefit lasts
          a stated number of years. Before, its effect carried on over every later case, even after
          the money stopped, so a one-year pilot could look like the best buy and a gap between
          contracts cost almost nothing. The new method also keeps the financial case (what lands in
          partners’ budgets) apart from the wider economic case.
        </p>
        <p>
          The model has been brought up to date with every new setting at its default, so its
          figures may differ from before wherever a service had gaps or stopped before the end of
          the horizon. Nothing has been overwritten: the original stays as it was until you save.
          See “What changed from version 1” on the Methodology page.
        </p>
      </div>
      <div className="banner__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(change.fileName, change.originalText, 'application/json');
          }}
        >
          Download the original (version {change.fromVersion})
        </button>
        <button type="button" className="button button--link" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
