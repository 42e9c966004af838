import type { ChartLine } from './types';

/** Swatches that show each line's colour and dash pattern exactly as drawn, with its label. */
export function ChartLegend<T>({ lines }: { lines: readonly ChartLine<T>[] }) {
  return (
    <ul className="sl-chart-legend">
      {lines.map((l) => (
        <li key={l.key}>
          <svg width="32" height="12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              x2="31"
              y1="6"
              y2="6"
              stroke={l.color}
              strokeWidth="3"
              strokeDasharray={l.dash || undefined}
            />
          </svg>
          <span>{l.label}</span>
        </li>
      ))}
    </ul>
  );
}
