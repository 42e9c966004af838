import { memo } from 'react';
import { formatSeconds } from './format';
import type { ChartLine } from './types';

interface Props<T> {
  caption: string;
  points: readonly T[];
  x: (p: T) => number;
  lines: readonly ChartLine<T>[];
  format: (v: number) => string;
}

function Table<T>({ caption, points, x, lines, format }: Props<T>) {
  return (
    // Focusable and named, so keyboard users can scroll a long table (axe: scrollable-region-focusable).
    <div className="sl-chart-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="sl-chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {lines.map((l) => (
              <th key={l.key} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{formatSeconds(x(p))}</th>
              {lines.map((l) => (
                <td key={l.key}>{format(l.value(p))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The chart's numbers as a real table. Charts re-render on every playhead move, and callers
 * usually slice a fresh array each time, so rows are only rebuilt when a point is added:
 * points are appended, never changed, so the length and the last point identify the content.
 */
export const DataTable = memo(
  Table,
  (a, b) =>
    a.points.length === b.points.length &&
    a.points[a.points.length - 1] === b.points[b.points.length - 1] &&
    a.caption === b.caption &&
    a.lines === b.lines &&
    a.x === b.x &&
    a.format === b.format,
) as typeof Table;
