import { OUTCOME_COLORS } from '../theme/palette';
import { OUTCOME_SHAPES, traceShape, type DotContext } from './shapes';

export const OUTCOMES = 5;
/** End markers fade in a few steps, not per marker, so each step can share one stroke. */
export const FADE_STEPS = 4;
/** Groups: moving dots by outcome (0..4), then end markers by outcome and fade step. */
const GROUPS = OUTCOMES + OUTCOMES * FADE_STEPS;

export const endGroup = (outcome: number, step: number) => OUTCOMES + outcome * FADE_STEPS + step;

const grow = (a: Float32Array) => {
  const b = new Float32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Dot positions sorted into groups of one colour, shape and alpha, kept between frames. Each
 * group becomes one path and one fill or stroke: changing style per dot is what costs.
 */
export class DotBatches {
  private xs = Array.from({ length: GROUPS }, () => new Float32Array(256));
  private ys = Array.from({ length: GROUPS }, () => new Float32Array(256));
  private counts = new Int32Array(GROUPS);

  reset(): void {
    this.counts.fill(0);
  }

  push(group: number, x: number, y: number): void {
    const n = this.counts[group]!;
    if (n === this.xs[group]!.length) {
      // Doubling: a busy run reallocates a handful of times, then never again.
      this.xs[group] = grow(this.xs[group]!);
      this.ys[group] = grow(this.ys[group]!);
    }
    this.xs[group]![n] = x;
    this.ys[group]![n] = y;
    this.counts[group] = n + 1;
  }

  /** Draws every group with dot radius r; returns the number of dots. */
  paint(ctx: DotContext, r: number): number {
    let total = 0;
    for (let grp = 0; grp < GROUPS; grp++) {
      const n = this.counts[grp]!;
      if (n === 0) continue;
      total += n;
      const end = grp >= OUTCOMES;
      const outcome = end ? Math.floor((grp - OUTCOMES) / FADE_STEPS) : grp;
      const shape = OUTCOME_SHAPES[outcome] ?? 'circle';
      const color = OUTCOME_COLORS[outcome] ?? '#888';
      const xs = this.xs[grp]!;
      const ys = this.ys[grp]!;
      // End markers are outlines twice a dot's size, fading; a moving "answered" dot is a
      // ring; everything else is a filled shape.
      const size = end ? r * 2 : shape === 'ring' ? r * 0.75 : r;
      ctx.globalAlpha = end ? 1 - ((grp - OUTCOMES) % FADE_STEPS) / FADE_STEPS : 1;
      ctx.beginPath();
      for (let k = 0; k < n; k++) traceShape(ctx, shape, xs[k]!, ys[k]!, size);
      if (end || shape === 'ring') {
        ctx.strokeStyle = color;
        ctx.lineWidth = end ? 2 : r * 0.6;
        ctx.stroke();
      } else {
        ctx.fillStyle = color;
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    return total;
  }
}
