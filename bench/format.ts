/** Plain-text output: aligned tables and number formats a person can scan. */

/** A table with a header row and a rule; the first column is left-aligned, the rest right. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** 1234567 -> "1,234,567" */
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** 12345678 -> "12.35 M" */
export const millions = (x: number): string => `${(x / 1e6).toFixed(2)} M`;

export const fixed = (x: number, digits: number): string => x.toFixed(digits);

/** Signed relative error in percent: got vs want. */
export const relErrPct = (got: number, want: number): string => {
  const e = (got / want - 1) * 100;
  return `${e >= 0 ? '+' : ''}${e.toFixed(2)}%`;
};

export const passMiss = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
