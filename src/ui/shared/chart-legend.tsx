import { useId } from 'react';
import type { SeriesStyle } from './chart-types';
import { PatternDefs, patternFill } from './chart-patterns';

/** A legend in HTML: each series' line (with its dash) or fill (with its pattern), and its name. */
export function ChartLegend({ series }: { series: readonly SeriesStyle[] }) {
  const prefix = `legend${useId().replace(/:/g, '')}`;
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <svg width="32" height="16" aria-hidden="true" focusable="false">
            {s.mark === 'line' ? (
              <line
                x1="1"
                y1="8"
                x2="31"
                y2="8"
                stroke={s.colour}
                strokeWidth="3"
                strokeDasharray={s.dash}
              />
            ) : (
              <>
                <PatternDefs prefix={prefix} items={[s]} />
                <rect
                  x="1"
                  y="1"
                  width="30"
                  height="14"
                  fill={patternFill(prefix, s.key, s.pattern, s.colour)}
                  stroke={s.colour}
                />
              </>
            )}
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
