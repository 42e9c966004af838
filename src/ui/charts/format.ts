/**
 * Number formatting for charts, tables and screen-reader labels. Short and unit-bearing so a
 * value reads the same on a projector tick label and in an aria-label. Missing values (NaN,
 * infinities) read as an em dash rather than "NaN".
 */

const MISSING = '—';

/** Trims a fixed-point string's trailing zeros: "1.50" -> "1.5", "2.0" -> "2". */
function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** `sig` significant digits (all integer digits kept), never in exponent form: 0.04213 -> "0.0421". */
function significant(x: number, sig: number): string {
  if (x === 0) return '0';
  const digits = Math.max(0, sig - 1 - Math.floor(Math.log10(Math.abs(x))));
  return trim(x.toFixed(Math.min(digits, 6)));
}

/** Compact counts and rates: 12, 12.5, 0.42, 1.2k, 12k, 3.4M. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  const a = Math.abs(x);
  // Rounding first decides the suffix, so 999.96 becomes "1k" rather than "1000".
  if (Number(significant(a, 3)) < 1000) return significant(x, 3);
  if (Number(significant(a / 1e3, 2)) < 1000) return `${significant(x / 1e3, 2)}k`;
  if (Number(significant(a / 1e6, 2)) < 1000) return `${significant(x / 1e6, 2)}M`;
  return `${significant(x / 1e9, 2)}G`;
}

/** Latency from milliseconds: 0.42 ms, 4.2 ms, 87 ms, 1.2 s, 12 s, 3.5 min. */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms)) return MISSING;
  if (ms <= 0) return '0 ms';
  if (ms < 1) return `${trim(ms.toFixed(2))} ms`;
  if (ms < 9.95) return `${trim(ms.toFixed(1))} ms`;
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 9.95) return `${trim(s.toFixed(1))} s`;
  if (s < 119.5) return `${Math.round(s)} s`;
  return `${trim((s / 60).toFixed(1))} min`;
}

/** Requests per second: "1.2k rps". */
export function formatRps(rps: number): string {
  return Number.isFinite(rps) ? `${formatNumber(rps)} rps` : MISSING;
}

/** A fraction as a percentage: 0.873 -> "87%", 0.004 -> "0.4%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return MISSING;
  const p = fraction * 100;
  return `${p !== 0 && Math.abs(p) < 9.95 ? trim(p.toFixed(1)) : Math.round(p)}%`;
}

/** Simulated time from seconds, for x-axis ticks: "45 s", "2 min", "2:30". */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return MISSING;
  if (Math.abs(s) < 120) return `${significant(s, 3)} s`;
  const whole = Math.round(s);
  const m = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${m} min` : `${m}:${String(rest).padStart(2, '0')}`;
}
