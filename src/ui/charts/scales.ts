import { scaleLinear, scaleLog } from 'd3-scale';

export type YScaleKind = 'linear' | 'log';

export interface YScale {
  kind: YScaleKind;
  /** Value to pixel; values outside the domain are clamped so lines never leave the plot. */
  map: (v: number) => number;
  ticks: number[];
  /** Whether a value can be drawn at all (log scales cannot show 0). */
  defined: (v: number) => boolean;
}

const finite = (v: number) => Number.isFinite(v);
const positive = (v: number) => Number.isFinite(v) && v > 0;

/**
 * The y scale for the given data range, mapped to [bottom, top] pixels. Linear scales start
 * at 0 (so a doubling looks like one) and are rounded to nice numbers; log scales snap to
 * whole decades so the axis does not creep on every new point, and tick only at decades.
 */
export function makeYScale(
  kind: YScaleKind,
  lo: number,
  hi: number,
  bottom: number,
  top: number,
  fixedMax?: number,
): YScale {
  if (kind === 'log') {
    const min = positive(lo) ? 10 ** Math.floor(Math.log10(lo)) : 1;
    let max = positive(fixedMax ?? NaN)
      ? fixedMax!
      : positive(hi)
        ? 10 ** Math.ceil(Math.log10(hi))
        : 10;
    if (max <= min) max = min * 10;
    const s = scaleLog().domain([min, max]).range([bottom, top]).clamp(true);
    let ticks = s.ticks().filter((v) => Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6));
    // Long ranges (0.1 ms .. 100 s) would crowd the axis: keep every other decade.
    if (ticks.length > 6) ticks = ticks.filter((_, i) => i % 2 === 0);
    return { kind, map: s, ticks, defined: positive };
  }
  const max = positive(fixedMax ?? NaN) ? fixedMax! : positive(hi) ? hi : 1;
  const s = scaleLinear().domain([0, max]).range([bottom, top]).clamp(true);
  if (fixedMax === undefined) s.nice(5);
  return { kind, map: s, ticks: s.ticks(5), defined: finite };
}
