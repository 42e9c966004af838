import { Outcome } from '../../engine';

/** Dot shapes by outcome, so colour is never the only cue (also used by the legend). */
export type DotShape = 'circle' | 'ring' | 'square' | 'diamond' | 'triangle';

export const OUTCOME_SHAPES: Record<number, DotShape> = {
  [Outcome.pending]: 'circle',
  [Outcome.ok]: 'ring',
  [Outcome.rejected]: 'square',
  [Outcome.timedOut]: 'diamond',
  [Outcome.failed]: 'triangle',
};

export type PathContext = Pick<
  CanvasRenderingContext2D,
  'moveTo' | 'lineTo' | 'arc' | 'rect' | 'closePath'
>;

/** The part of a 2D context the dots use (small, so tests can fake it). */
export type DotContext = PathContext &
  Pick<
    CanvasRenderingContext2D,
    | 'clearRect'
    | 'beginPath'
    | 'fill'
    | 'stroke'
    | 'fillStyle'
    | 'strokeStyle'
    | 'lineWidth'
    | 'globalAlpha'
  >;

/** Adds one shape of "radius" r centred on (x, y) to the current path. */
export function traceShape(
  ctx: PathContext,
  shape: DotShape,
  x: number,
  y: number,
  r: number,
): void {
  switch (shape) {
    case 'circle':
    case 'ring':
      ctx.moveTo(x + r, y); // without it, arcs in one path are joined by lines
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      return;
    case 'diamond':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      return;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8);
      ctx.closePath();
      return;
  }
}
