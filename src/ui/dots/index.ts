export { RequestCanvas, type RequestCanvasProps } from './RequestCanvas';
export { Legend } from './Legend';
export {
  drawDots,
  DotPainter,
  endWindowFor,
  MAX_END_WINDOW_MS,
  type DotContext,
  type DrawOptions,
  type DotSize,
  type Positions,
} from './drawDots';
export { OUTCOME_SHAPES, type DotShape } from './shapes';
export type { Point, QueueDirection } from './geometry';
