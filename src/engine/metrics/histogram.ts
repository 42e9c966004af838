/**
 * A streaming latency histogram with logarithmic buckets (the DDSketch layout): every value
 * in (MIN, MAX] is reported with a relative error of at most ALPHA = 1%. Values at or below
 * MIN (1 microsecond) count as MIN; min, max, count and sum are exact.
 *
 * Memory is fixed (about 1,300 counters) whatever the number of requests.
 */
export const ALPHA = 0.01;
const GAMMA = (1 + ALPHA) / (1 - ALPHA);
const LOG_GAMMA = Math.log(GAMMA);
export const MIN_VALUE = 1e-3;
export const MAX_VALUE = 1e9;
const OFFSET = Math.floor(Math.log(MIN_VALUE) / LOG_GAMMA);
const BUCKETS = Math.ceil(Math.log(MAX_VALUE) / LOG_GAMMA) - OFFSET + 1;

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export class LatencyHistogram {
  private counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = 0;
  /** Lowest and highest non-empty buckets, to keep percentile scans short. */
  private lo = BUCKETS;
  private hi = -1;

  record(value: number): void {
    if (!(value >= 0)) return; // NaN and negatives are bugs upstream; never poison the sketch.
    this.recordIn(latencyBucket(value), value);
  }

  /**
   * Records `value` (>= 0) into bucket `i`, which must be `latencyBucket(value)`: for callers
   * putting one value into two histograms, so the logarithm is taken once.
   */
  recordIn(i: number, value: number): void {
    this.counts[i]!++;
    if (i < this.lo) this.lo = i;
    if (i > this.hi) this.hi = i;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** The value at quantile q in [0, 1], within ALPHA relative error. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    // Nearest-rank definition: the smallest value with at least q of the data at or below it.
    const rank = Math.ceil(q * this.count);
    let seen = 0;
    for (let i = this.lo; i <= this.hi; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return clamp(valueOf(i), this.min, this.max);
    }
    return this.max;
  }

  /**
   * Several quantiles at once, each exactly as `quantile` gives it, in one scan over the
   * buckets when `qs` is in ascending order.
   */
  quantiles(qs: readonly number[]): number[] {
    const out = new Array<number>(qs.length);
    for (let k = 1; k < qs.length; k++) {
      if (!(qs[k]! >= qs[k - 1]!)) return qs.map((q) => this.quantile(q));
    }
    let k = 0;
    // The ends and the empty sketch, as `quantile` treats them.
    while (k < qs.length && (this.count === 0 || qs[k]! <= 0)) {
      out[k] = this.count === 0 ? 0 : this.min;
      k++;
    }
    let last = qs.length;
    while (last > k && qs[last - 1]! >= 1) out[--last] = this.max;
    let seen = 0;
    for (let i = this.lo; i <= this.hi && k < last; i++) {
      seen += this.counts[i]!;
      while (k < last && seen >= Math.ceil(qs[k]! * this.count)) {
        out[k++] = clamp(valueOf(i), this.min, this.max);
      }
    }
    while (k < last) out[k++] = this.max;
    return out;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      mean: this.mean(),
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p95: this.quantile(0.95),
      p99: this.quantile(0.99),
      p999: this.quantile(0.999),
      max: this.count === 0 ? 0 : this.max,
    };
  }

  merge(other: LatencyHistogram): void {
    for (let i = other.lo; i <= other.hi; i++) this.counts[i]! += other.counts[i]!;
    this.lo = Math.min(this.lo, other.lo);
    this.hi = Math.max(this.hi, other.hi);
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  reset(): void {
    if (this.hi >= this.lo) this.counts.fill(0, this.lo, this.hi + 1);
    this.lo = BUCKETS;
    this.hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = 0;
  }
}

/** The bucket a value >= 0 falls in (see `recordIn`). */
export function latencyBucket(value: number): number {
  if (value <= MIN_VALUE) return 0;
  const i = Math.ceil(Math.log(value) / LOG_GAMMA) - OFFSET;
  return i >= BUCKETS ? BUCKETS - 1 : i;
}

/** The bucket's representative: within ALPHA of every value the bucket holds. */
function valueOf(i: number): number {
  if (i === 0) return MIN_VALUE;
  return (2 * Math.pow(GAMMA, i + OFFSET)) / (GAMMA + 1);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export const emptySummary = (): LatencySummary => new LatencyHistogram().summary();
