import type { Ms } from '../../core/units';

/**
 * The arithmetic of reliability targets: availability as a share of good answers, how many
 * "nines" that is, and the error budget a target leaves. Pure functions, no simulation.
 */

/** Share of ended requests that succeeded, 0..1. With nothing ended yet nothing has failed: 1. */
export function availabilityFromCounts(ok: number, errors: number): number {
  const ended = ok + errors;
  return ended > 0 ? ok / ended : 1;
}

/**
 * How many nines an availability has: -log10(1 - a). 0.99 is 2, 0.999 is 3, 0.9995 is about
 * 3.3; a run without a single error has infinitely many.
 */
export function ninesOf(availability: number): number {
  const down = 1 - Math.min(1, Math.max(0, availability));
  if (down <= 0) return Infinity;
  // Rounded to 1e-9 so 0.999 (whose 1 - a is 0.0010000000000000009) counts as 3, not 2.99...
  // `|| 0` turns the -0 of a zero availability into a plain 0.
  return Math.round(-Math.log10(down) * 1e9) / 1e9 || 0;
}

/** The whole nines people quote: 99.95% is "three nines". */
export const wholeNines = (availability: number): number => Math.floor(ninesOf(availability));

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "three nines", "one nine", "no nines"; "no errors at all" for a perfect record. */
export function ninesInWords(availability: number): string {
  const n = wholeNines(availability);
  if (!Number.isFinite(n)) return 'no errors at all';
  const word = WORDS[n] ?? String(n);
  return `${word} nine${n === 1 ? '' : 's'}`;
}

/** Time a target allows to be down over a period: 99.9% of 30 days leaves 43.2 minutes. */
export const allowedDowntimeMs = (slo: number, periodMs: Ms): Ms => Math.max(0, 1 - slo) * periodMs;

export interface ErrorBudget {
  /** The target, e.g. 0.999. */
  slo: number;
  /** Requests the period is expected to carry. */
  planned: number;
  /** Errors the target allows over the period: (1 - slo) x planned. */
  allowed: number;
  errors: number;
  /** Share of the budget spent: above 1 means the target is already missed. */
  used: number;
  /** 1 - used: what is left to spend (negative once overspent). */
  left: number;
}

/**
 * The error budget of a target over a period of `planned` requests: a 99.9% target over
 * 100,000 requests allows 100 errors; 40 errors have used 40% of it.
 */
export function errorBudget(slo: number, planned: number, errors: number): ErrorBudget {
  const allowed = Math.max(0, 1 - slo) * Math.max(0, planned);
  const used = allowed > 0 ? errors / allowed : errors > 0 ? Infinity : 0;
  return { slo, planned, allowed, errors, used, left: 1 - used };
}
