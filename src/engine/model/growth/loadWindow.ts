import type { Ms } from '../../core/units';
import type { NodeStats } from '../../metrics/nodeStats';

/**
 * How busy a group of parts was between two moments, from their statistics: the time-weighted
 * share of their capacity in use. A run that starts empty ramps up, so measuring from a mark
 * after the warm-up (`start`) tells the steady load apart from the quiet beginning.
 */
export class LoadWindow {
  private from: Ms = 0;
  private areas: number[];

  constructor(private readonly stats: readonly NodeStats[]) {
    this.areas = stats.map(() => 0);
  }

  /** Starts the window at `now`: what happened before no longer counts. */
  start(now: Ms): void {
    this.from = now;
    this.areas = this.stats.map((s) => s.busyAreaAt(now));
  }

  get startedAt(): Ms {
    return this.from;
  }

  /** Busy share of each part from the start to `now`, 0..1 (0 for parts with no capacity). */
  each(now: Ms): number[] {
    const span = now - this.from;
    return this.stats.map((s, i) =>
      s.capacity > 0 && span > 0 ? (s.busyAreaAt(now) - this.areas[i]!) / (s.capacity * span) : 0,
    );
  }

  /** Busy share of the group as a whole: all busy time over all capacity. */
  overall(now: Ms): number {
    const span = now - this.from;
    let busy = 0;
    let cap = 0;
    this.stats.forEach((s, i) => {
      busy += s.busyAreaAt(now) - this.areas[i]!;
      cap += s.capacity * span;
    });
    return cap > 0 ? busy / cap : 0;
  }
}
