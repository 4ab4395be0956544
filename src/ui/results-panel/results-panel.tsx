/**
 * A compact results panel shown beside the input screens: the financial cost of doing nothing and each
 * scenario's financial net saving and benefit–cost ratio (present value), with how far the last change
 * moved each figure. It never takes the focus; a screen reader hears one polite sentence once results
 * have settled after a change, never one per keystroke.
 */
import { useEffect, useState } from 'react';
import { useResults } from '../../state/store-context';
import { formatMoney, formatRatio } from '../shared/format';
import { figureMoves, panelFigures, type Move } from './panel-figures';
import { initialPanel, received, settled, SETTLE_MS } from './panel-state';

type Props = { onNavigate: (screen: string) => void };

/** "▲ £12,345" with "up by" for a screen reader; nothing when the figure did not move. */
function MoveText({ move, isRatio = false }: { move: Move; isRatio?: boolean }) {
  if (move === null) return null;
  const size = isRatio ? formatRatio(move.size) : formatMoney(move.size);
  return (
    <span className={`results-panel__move results-panel__move--${move.direction}`}>
      <span aria-hidden="true">{move.direction === 'up' ? '▲' : '▼'}</span>
      <span className="visually-hidden">{move.direction === 'up' ? 'up by' : 'down by'}</span>{' '}
      {size}
    </span>
  );
}

export function ResultsPanel({ onNavigate }: Props) {
  const { shown, hasProblems, isUpdating } = useResults();
  const results = shown?.results ?? null;
  const [seen, setSeen] = useState(results);
  const [panel, setPanel] = useState(() =>
    initialPanel(results === null ? null : panelFigures(results)),
  );
  if (results !== seen) {
    // New results: take their figures now, while rendering, so the panel never shows a stale frame.
    setSeen(results);
    setPanel(received(panel, results === null ? null : panelFigures(results)));
  }

  // Once results have stood still for a while (and are neither being worked out nor waiting on a
  // problem to be fixed), the change is settled and announced.
  const { isPending, current } = panel;
  useEffect(() => {
    if (!isPending || isUpdating || hasProblems) return;
    const timer = setTimeout(() => {
      setPanel(settled);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [isPending, current, isUpdating, hasProblems]);

  const moves = current === null ? null : figureMoves(panel.base, current);
  return (
    <div className="results-panel">
      <h2 id="results-panel-heading" className="results-panel__heading">
        Results at a glance
      </h2>
      <div aria-busy={isUpdating} className="results-panel__figures">
        {hasProblems && (
          <p className="out-of-date results-panel__out-of-date">
            Out of date: these are the figures of the last valid model. Fix the problems listed at
            the top of the page to update them.
          </p>
        )}
        {current === null || moves === null ? (
          <p>No results yet: complete the model and the figures will appear here.</p>
        ) : (
          <>
            <p className="results-panel__basis">Financial case (fiscal values), present value</p>
            <dl className="results-panel__do-nothing">
              <dt>Cost of doing nothing</dt>
              <dd>
                <span className="results-panel__figure">{formatMoney(current.doNothing)}</span>
                <MoveText move={moves.doNothing} />
              </dd>
            </dl>
            <table className="data-table results-panel__table">
              <caption>Funding scenarios</caption>
              <thead>
                <tr>
                  <th scope="col">Scenario</th>
                  <th scope="col" className="num">
                    Net saving
                  </th>
                  <th scope="col" className="num">
                    Benefit–cost ratio
                  </th>
                </tr>
              </thead>
              <tbody>
                {current.scenarios.map((s) => {
                  const move = moves.scenarios[s.id];
                  return (
                    <tr key={s.id}>
                      <th scope="row">{s.name}</th>
                      <td className="num">
                        <span className="results-panel__figure">{formatMoney(s.netSaving)}</span>
                        <MoveText move={move?.netSaving ?? null} />
                      </td>
                      <td className="num">
                        <span className="results-panel__figure">{formatRatio(s.bcr)}</span>
                        <MoveText move={move?.bcr ?? null} isRatio />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
      <p className="results-panel__link">
        <a
          href="?screen=results"
          onClick={(e) => {
            e.preventDefault();
            onNavigate('results');
          }}
        >
          All results
        </a>
      </p>
      <p role="status" className="visually-hidden results-panel__announcement">
        {panel.announcement}
      </p>
    </div>
  );
}
