import type { Sampler } from '../../core/distributions';
import type { Ms } from '../../core/units';

/**
 * A replica's replication lag as a level that drifts: a new value is drawn every `periodMs`
 * and holds until the next. Real lag moves with load and network, so writes committed close
 * together see about the same lag, rather than each drawing its own (which would make the
 * in-order apply wait for the worst draw of every burst).
 *
 * The draws depend on elapsed periods only, not on how often it is asked, so the lag a
 * replica shows is the same whatever the traffic.
 */
export class LagLevel {
  private level = 0;
  private nextChange = 0;

  constructor(
    private readonly draw: Sampler,
    private readonly periodMs: Ms,
  ) {
    if (!(periodMs > 0)) throw new RangeError('lag period must be > 0');
  }

  /** The lag in force at time `now` (asked with non-decreasing times). */
  at(now: Ms): Ms {
    while (now >= this.nextChange) {
      const x = this.draw();
      this.level = x > 0 ? x : 0;
      this.nextChange += this.periodMs;
    }
    return this.level;
  }
}
