/** One line of a time-series chart. */
export interface ChartLine<T> {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray, e.g. '6 3'; empty or absent for solid. Lines differ by dash as well
   * as colour, so they stay apart in greyscale print-outs and for colour-blind viewers. */
  dash?: string;
  value: (p: T) => number;
}
