import type { Ms } from '../../core/units';

/**
 * When the network was split (any link cut), as half-open intervals [from, to). Appended in
 * time order as links are cut and healed, so "was this request sent during a partition?"
 * can be asked after the fact.
 */
export class PartitionWindows {
  private readonly froms: Ms[] = [];
  private readonly tos: Ms[] = [];

  get isOpen(): boolean {
    return this.tos.length > 0 && this.tos[this.tos.length - 1] === Infinity;
  }

  open(t: Ms): void {
    if (this.isOpen) return;
    this.froms.push(t);
    this.tos.push(Infinity);
  }

  close(t: Ms): void {
    if (!this.isOpen) return;
    const i = this.tos.length - 1;
    // A split healed in the same instant it began leaves no window.
    if (t <= this.froms[i]!) {
      this.froms.pop();
      this.tos.pop();
    } else this.tos[i] = t;
  }

  /** Whether time t fell inside a window. Searches from the end: callers ask about recent times. */
  covers(t: Ms): boolean {
    for (let i = this.froms.length - 1; i >= 0; i--) {
      if (t >= this.tos[i]!) return false;
      if (t >= this.froms[i]!) return true;
    }
    return false;
  }

  /** Time spent split, up to `until`. */
  totalMs(until: Ms): Ms {
    let sum = 0;
    for (let i = 0; i < this.froms.length; i++)
      sum += Math.max(0, Math.min(until, this.tos[i]!) - this.froms[i]!);
    return sum;
  }

  /** The windows that began before `until`, cut off there. */
  list(until: Ms): Array<{ from: Ms; to: Ms }> {
    const out: Array<{ from: Ms; to: Ms }> = [];
    for (let i = 0; i < this.froms.length; i++)
      if (this.froms[i]! < until)
        out.push({ from: this.froms[i]!, to: Math.min(until, this.tos[i]!) });
    return out;
  }
}
