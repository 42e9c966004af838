/**
 * Where a request dot sits, in canvas pixels. Pure and allocation-free: every function writes
 * into a caller-owned `out` point, because the canvas calls these thousands of times a frame.
 */

export interface Point {
  x: number;
  y: number;
}

export type QueueDirection = 'left' | 'up';

/** Where a part sits: its centre as fractions (0..1) of the canvas box, and optionally its
 * half-width as a fraction of the box width, so its queue starts at its edge, not its middle. */
export interface PartPlace extends Point {
  halfWidth?: number;
}

/** Component name -> place. */
export type Positions = Readonly<Record<string, Readonly<PartPlace>>>;

/** The canvas box in CSS pixels. */
export interface DotSize {
  width: number;
  height: number;
}

/** Sizes derived once per frame from the canvas box. */
export interface DotGeometry {
  width: number;
  height: number;
  /** Dots stay this far inside the edges so none is cut off. */
  margin: number;
  /** Radius of the ring that service dots circle on. */
  ringRadius: number;
  /** Longest queue line leading into a part. */
  queueLength: number;
  /** Largest sideways offset between dots on the same path. */
  spread: number;
}

const clamp = (v: number, lo: number, hi: number) => (v > lo ? (v < hi ? v : hi) : lo);

export function geometryFor(width: number, height: number, dotRadius: number): DotGeometry {
  const w = width > 0 ? width : 0;
  const h = height > 0 ? height : 0;
  const short = Math.min(w, h);
  return {
    width: w,
    height: h,
    margin: dotRadius,
    ringRadius: clamp(short * 0.1, 12, 48),
    queueLength: clamp(Math.max(w, h) * 0.2, 30, 200),
    spread: dotRadius * 1.5,
  };
}

/** How far through [t0, t1] the time t is, 0..1. Zero-length hops count as done. */
export function progress(t: number, t0: number, t1: number): number {
  if (!(t1 > t0)) return 1;
  return clamp((t - t0) / (t1 - t0), 0, 1); // NaN -> 0 via clamp
}

/** A well-mixed 32-bit hash of a request id, so each request keeps its own offset all run. */
export function hashId(id: number): number {
  const lo = id | 0;
  const hi = (id / 4294967296) | 0;
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two independent offsets in [-1, 1] from one hash. */
export const jitterA = (h: number) => ((h & 0xffff) / 0xffff) * 2 - 1;
export const jitterB = (h: number) => ((h >>> 16) / 0xffff) * 2 - 1;

/** Keeps a point inside the box (less the margin); NaN lands on the edge rather than vanishing. */
export function clampInto(out: Point, g: DotGeometry): Point {
  const m = Math.min(g.margin, g.width / 2, g.height / 2);
  out.x = clamp(out.x, m, g.width - m);
  out.y = clamp(out.y, m, g.height - m);
  return out;
}

/** Part of the way from a to b, pushed sideways by `j` (-1..1) times the spread. */
export function travelPoint(
  out: Point,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  p: number,
  j: number,
  g: DotGeometry,
): Point {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  // Offset along the path's normal, so parallel dots form a lane instead of a clump.
  const nx = len > 0 ? -dy / len : 0.7071;
  const ny = len > 0 ? dx / len : 0.7071;
  out.x = ax + dx * p + nx * j * g.spread;
  out.y = ay + dy * p + ny * j * g.spread;
  return clampInto(out, g);
}

/** Scattered around (x, y) by up to the spread each way: where ended requests leave a mark. */
export function nearPoint(
  out: Point,
  x: number,
  y: number,
  jx: number,
  jy: number,
  g: DotGeometry,
): Point {
  out.x = x + jx * g.spread;
  out.y = y + jy * g.spread;
  return clampInto(out, g);
}

/**
 * A waiting request on the line leading into a part at (nx, ny): it enters at the back when
 * p = 0 and reaches the front, just outside the service ring (or the part's drawn edge,
 * `edge` px from its centre), when p = 1.
 */
export function queuePoint(
  out: Point,
  nx: number,
  ny: number,
  dir: QueueDirection,
  p: number,
  j: number,
  g: DotGeometry,
  edge = 0,
): Point {
  const front = Math.max(g.ringRadius, edge) + g.margin * 2;
  // Shortened where the part is near the edge, so a long queue never piles up against it.
  const room = (dir === 'up' ? ny : nx) - front - g.margin;
  const d = front + Math.max(0, Math.min(g.queueLength, room)) * (1 - p);
  const side = j * g.spread * 0.5;
  if (dir === 'up') {
    out.x = nx + side;
    out.y = ny - d;
  } else {
    out.x = nx - d;
    out.y = ny + side;
  }
  return clampInto(out, g);
}

/** A request in service, circling the part's ring from its own start angle (turns, 0..1). */
export function ringPoint(
  out: Point,
  nx: number,
  ny: number,
  p: number,
  start: number,
  g: DotGeometry,
): Point {
  const a = (start + p) * 2 * Math.PI - Math.PI / 2;
  out.x = nx + Math.cos(a) * g.ringRadius;
  out.y = ny + Math.sin(a) * g.ringRadius;
  return clampInto(out, g);
}
