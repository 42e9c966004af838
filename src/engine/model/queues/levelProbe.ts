import type { Ms } from '../../core/units';
import type { Component } from '../../kernel/component';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_SAMPLE = EV_CUSTOM;

/**
 * Samples a level (a backlog, a lag) every `everyMs` and remembers its peak and, after a
 * marked moment (a rush), when it first fell back to a threshold having risen above it: "how
 * long did it take to drain?". Sampling keeps it independent of what it measures.
 */
export class LevelProbe implements Component {
  readonly id: number;
  readonly kind = 'internal' as const;
  readonly stats = null;
  readonly alive = true;
  max = 0;
  last = 0;
  /** When the level first fell to the threshold after the mark; null until it has. */
  drainedAt: Ms | null = null;
  private markAt = Infinity;
  private threshold = 0;
  private risen = false;

  constructor(
    private readonly sim: Sim,
    readonly name: string,
    private readonly read: () => number,
    private readonly everyMs: Ms = 100,
  ) {
    if (!(everyMs > 0)) throw new RangeError('sampling interval must be > 0');
    this.id = sim.register(this);
    sim.schedule(0, this, EV_SAMPLE);
  }

  /** From `at` on, watch for the level to rise above `threshold` and fall back to it. */
  mark(at: Ms, threshold: number): void {
    this.markAt = at;
    this.threshold = threshold;
    this.drainedAt = null;
    this.risen = false;
  }

  receive(): void {}
  onReply(): void {}
  command(): void {}

  handle(kind: number): void {
    if (kind !== EV_SAMPLE) return;
    const v = this.read();
    const now = this.sim.now;
    this.last = v;
    if (v > this.max) this.max = v;
    if (now >= this.markAt && this.drainedAt === null) {
      if (v > this.threshold) this.risen = true;
      else if (this.risen) this.drainedAt = now;
    }
    this.sim.schedule(this.everyMs, this, EV_SAMPLE);
  }
}
