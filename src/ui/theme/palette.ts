import { Outcome } from '../../engine';

/**
 * Colours with meaning, from the Okabe-Ito palette (safe for the common colour-vision
 * deficiencies). Wherever colour carries meaning, a shape or label carries it too.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Request dots and outcome counters. */
export const OUTCOME_COLORS: Record<number, string> = {
  [Outcome.pending]: OKABE_ITO.blue,
  [Outcome.ok]: OKABE_ITO.green,
  [Outcome.rejected]: OKABE_ITO.orange,
  [Outcome.timedOut]: OKABE_ITO.purple,
  [Outcome.failed]: OKABE_ITO.vermillion,
};

export const OUTCOME_LABELS: Record<number, string> = {
  [Outcome.pending]: 'in flight',
  [Outcome.ok]: 'answered',
  [Outcome.rejected]: 'rejected',
  [Outcome.timedOut]: 'timed out',
  [Outcome.failed]: 'failed',
};

/** Latency percentiles in charts: p50 solid, p95 dashed, p99 dotted, in three hues. */
export const PERCENTILE_STYLES = {
  p50: { color: OKABE_ITO.blue, dash: '' },
  p95: { color: OKABE_ITO.orange, dash: '6 3' },
  p99: { color: OKABE_ITO.vermillion, dash: '2 3' },
} as const;
