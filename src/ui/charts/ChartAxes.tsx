import type { ScaleLinear } from 'd3-scale';
import { formatSeconds } from './format';
import type { YScale } from './scales';

interface Props {
  unit: string;
  xs: ScaleLinear<number, number>;
  ys: YScale;
  /** The plot area in pixels. */
  box: { left: number; right: number; top: number; bottom: number };
  xTicks: number;
  formatY: (v: number) => string;
}

/** Axis title, horizontal gridlines with y labels, time labels and the baseline. */
export function ChartAxes({ unit, xs, ys, box, xTicks, formatY }: Props) {
  const { left, right, top, bottom } = box;
  return (
    <>
      <text className="sl-chart-unit" x={left - 8} y={top - 12}>
        {unit}
      </text>
      <g className="sl-chart-grid">
        {ys.ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={right} y1={ys.map(v)} y2={ys.map(v)} />
            <text x={left - 8} y={ys.map(v)} dy="0.35em" textAnchor="end">
              {formatY(v)}
            </text>
          </g>
        ))}
        {xs.ticks(xTicks).map((s) => (
          <text key={s} x={xs(s)} y={bottom + 22} textAnchor="middle">
            {formatSeconds(s)}
          </text>
        ))}
      </g>
      <line className="sl-chart-axis" x1={left} x2={right} y1={bottom} y2={bottom} />
    </>
  );
}
