import { useState, type ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useWidth } from './useWidth';
import { ChartAxes } from './ChartAxes';
import { ChartLegend } from './ChartLegend';
import { DataTable } from './DataTable';
import { formatNumber, formatSeconds } from './format';
import { makeYScale, type YScaleKind } from './scales';
import type { ChartLine } from './types';
import './charts.css';

export interface TimeSeriesChartProps<T> {
  title: string;
  /** What the y values measure, shown as the axis title (e.g. 'requests/s'). */
  unit: string;
  durationS: number;
  /** The playhead, in simulated seconds. */
  t: number;
  /** Points up to the playhead, in time order (the chart draws what it is given). */
  points: readonly T[];
  /** A point's time in simulated seconds. */
  x: (p: T) => number;
  lines: readonly ChartLine<T>[];
  yScale?: YScaleKind;
  /** A fixed top for the y axis (e.g. 100 for percentages); otherwise it follows the data. */
  yMax?: number;
  height?: number;
  /** Tick, table and aria-label text for a y value; may carry its own unit ('87 ms'). */
  formatY?: (v: number) => string;
  /** Shown in the plot before the first point. */
  emptyText?: string;
  /** Extra controls (e.g. a scale toggle), shown beside "Show data". */
  actions?: ReactNode;
}

// Room for tick labels at projector text sizes; the top margin holds the axis title.
const M = { top: 28, right: 16, bottom: 36, left: 60 };

function lastDefined<T>(points: readonly T[], ok: (p: T) => boolean): T | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (ok(points[i]!)) return points[i];
  return undefined;
}

/** A line chart of values over simulated time with a playhead, legend and data table. */
export function TimeSeriesChart<T>(props: TimeSeriesChartProps<T>) {
  const { title, unit, durationS, t, points, x, lines, yMax, height = 220 } = props;
  const { yScale = 'linear', formatY = formatNumber, emptyText = 'No data yet', actions } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [open, setOpen] = useState(false);
  const bottom = height - M.bottom;
  const right = Math.max(M.left + 10, width - M.right);

  const xs = scaleLinear()
    .domain([0, Math.max(durationS, 1e-6)])
    .range([M.left, right])
    .clamp(true);
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points)
    for (const l of lines) {
      const v = l.value(p);
      if (Number.isFinite(v) && (yScale === 'linear' || v > 0)) lo = Math.min(lo, v);
      if (Number.isFinite(v)) hi = Math.max(hi, v);
    }
  const ys = makeYScale(yScale, lo, hi, bottom, M.top, yMax);
  const playX = xs(Math.min(Math.max(t, 0), durationS));
  const latest = lines.length > 0 ? points[points.length - 1] : undefined;
  const summary = latest
    ? `${title} at ${formatSeconds(x(latest))}: ${lines.map((l) => `${l.label} ${formatY(l.value(latest))}`).join(', ')}`
    : `${title}: ${emptyText}`;

  return (
    <figure className="sl-chart">
      <figcaption className="sl-chart-title">{title}</figcaption>
      <div ref={ref} className="sl-chart-plot">
        <svg width={width} height={height} role="img" aria-label={summary}>
          <ChartAxes
            unit={unit}
            xs={xs}
            ys={ys}
            box={{ left: M.left, right, top: M.top, bottom }}
            xTicks={width < 360 ? 3 : 6}
            formatY={formatY}
          />
          {lines.map((l) => {
            const d = line<T>()
              .defined((p) => ys.defined(l.value(p)))
              .x((p) => xs(x(p)))
              .y((p) => ys.map(l.value(p)))(points);
            const end = lastDefined(points, (p) => ys.defined(l.value(p)));
            // A dot on each line's newest value: visible even with one point, and it is where
            // a viewer's eye should go.
            return (
              d && (
                <g key={l.key}>
                  <path
                    d={d}
                    fill="none"
                    stroke={l.color}
                    strokeWidth={2.5}
                    strokeDasharray={l.dash || undefined}
                  />
                  {end && <circle cx={xs(x(end))} cy={ys.map(l.value(end))} r={4} fill={l.color} />}
                </g>
              )
            );
          })}
          {(points.length === 0 || lines.length === 0) && (
            <text
              className="sl-chart-empty"
              x={(M.left + right) / 2}
              y={(M.top + bottom) / 2}
              textAnchor="middle"
            >
              {emptyText}
            </text>
          )}
          <line
            className="sl-chart-playhead"
            data-testid="playhead"
            x1={playX}
            x2={playX}
            y1={M.top - 4}
            y2={bottom}
          />
        </svg>
      </div>
      <ChartLegend lines={lines} />
      {actions}
      <details className="sl-chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show data</summary>
        {/* Rows only while open: thousands of cells need not be reconciled on every frame. */}
        {open && (
          <DataTable
            caption={`${title} (${unit})`}
            points={points}
            x={x}
            lines={lines}
            format={formatY}
          />
        )}
      </details>
    </figure>
  );
}
