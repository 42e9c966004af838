/** Number formats used across the design page's panels. */

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** 1234 -> "1,234"; 12.5 -> "12.5"; small figures keep one decimal. */
export const rate = (n: number): string =>
  n >= 100 ? int(n) : n.toLocaleString('en-US', { maximumFractionDigits: 1 });

export const ms = (n: number): string =>
  !Number.isFinite(n)
    ? '–'
    : n >= 1000
      ? `${(n / 1000).toFixed(2)} s`
      : `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

export const percent = (x: number, digits = 1): string =>
  `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: digits })}%`;

export const usd = (n: number): string =>
  n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Bytes in the largest unit that keeps the number readable. */
export function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toLocaleString('en-US', { maximumFractionDigits: v < 10 ? 1 : 0 })} ${units[i]}`;
}
