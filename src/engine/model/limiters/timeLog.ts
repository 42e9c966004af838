import type { Ms } from '../../core/units';

/**
 * Non-decreasing times in a growable ring buffer: the exact log a sliding window keeps, the
 * departures a leaky bucket has promised, and the recent admissions a peak meter counts.
 * Oldest first; adding and forgetting are O(1) amortised, with no allocation once grown.
 */
export class TimeLog {
  private buf: Float64Array;
  private mask: number;
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 16) {
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.buf = new Float64Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The oldest time kept (NaN when empty). */
  oldest(): Ms {
    return this.count > 0 ? this.buf[this.head]! : NaN;
  }

  /** The newest time kept (NaN when empty). */
  newest(): Ms {
    return this.count > 0 ? this.buf[(this.head + this.count - 1) & this.mask]! : NaN;
  }

  /** The i-th oldest time (0 is the oldest). */
  at(i: number): Ms {
    if (i < 0 || i >= this.count) throw new RangeError(`no time at ${i}`);
    return this.buf[(this.head + i) & this.mask]!;
  }

  push(t: Ms): void {
    // Out-of-order times would make every window count wrong, silently: refuse them.
    if (this.count > 0 && t < this.newest()) throw new RangeError('times must not decrease');
    if (this.count === this.buf.length) this.grow();
    this.buf[(this.head + this.count) & this.mask] = t;
    this.count++;
  }

  /** Removes and returns the oldest time (NaN when empty). */
  shift(): Ms {
    if (this.count === 0) return NaN;
    const t = this.buf[this.head]!;
    this.head = (this.head + 1) & this.mask;
    this.count--;
    return t;
  }

  /**
   * Forgets every time at least `span` before `now` (now - t >= span), so what is left lies in
   * the half-open window (now - span, now]. Written as a difference, not `t <= now - span`, so
   * every user of a window compares times the same way, rounding included.
   */
  forgetOlderThan(now: Ms, span: Ms): void {
    while (this.count > 0 && now - this.buf[this.head]! >= span) {
      this.head = (this.head + 1) & this.mask;
      this.count--;
    }
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  private grow(): void {
    const next = new Float64Array(this.buf.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.buf[(this.head + i) & this.mask]!;
    this.buf = next;
    this.mask = next.length - 1;
    this.head = 0;
  }
}

/**
 * The most events that fell within any window of length `windowMs` (any start, not just
 * clock-aligned ones), computed exactly as the events arrive: each new time closes the
 * window (t - windowMs, t], and the busiest window always ends on some event.
 */
export class WindowPeak {
  private readonly recent = new TimeLog();
  /** The busiest window so far. */
  max = 0;
  /** When the busiest window ended (its last event), NaN before any event. */
  maxAt: Ms = NaN;

  constructor(readonly windowMs: Ms) {
    if (!(windowMs > 0)) throw new RangeError('window must be > 0 ms');
  }

  add(t: Ms): void {
    this.recent.forgetOlderThan(t, this.windowMs);
    this.recent.push(t);
    if (this.recent.size > this.max) {
      this.max = this.recent.size;
      this.maxAt = t;
    }
  }
}
