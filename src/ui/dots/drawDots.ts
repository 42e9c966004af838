import { HopPhase } from '../../engine';
import type { RunData } from '../../player/runData';
import { DotBatches, endGroup, FADE_STEPS, OUTCOMES } from './batches';
import {
  geometryFor,
  hashId,
  jitterA,
  jitterB,
  nearPoint,
  progress,
  queuePoint,
  ringPoint,
  travelPoint,
  type DotGeometry,
  type DotSize,
  type Point,
  type Positions,
  type QueueDirection,
} from './geometry';
import type { DotContext } from './shapes';

export type { DotContext } from './shapes';
export type { DotSize, Positions } from './geometry';

export interface DrawOptions {
  /** How long (simulated ms) an end marker stays; see endWindowFor. */
  endWindowMs: number;
  queueDirection?: Readonly<Record<string, QueueDirection>>;
  /** Dot radius in CSS pixels. */
  dotRadius?: number;
}

/** End markers fade over about 0.3 s of wall time whatever the speed, within limits. */
export const MAX_END_WINDOW_MS = 5000;
export const endWindowFor = (speed: number): number =>
  Math.min(MAX_END_WINDOW_MS, Math.max(0, 300 * (Number.isFinite(speed) ? speed : 1)));

/** NaN marks a part with no position on this canvas. */
const isNum = (v: number) => v === v;

/**
 * Draws the sampled requests at time t. Keeps its scratch state between frames so the hot
 * loop allocates nothing: positions go into per-colour batches, then each batch is drawn.
 */
export class DotPainter {
  private readonly batches = new DotBatches();
  private px = new Float64Array(16);
  private py = new Float64Array(16);
  private up = new Uint8Array(16);
  private edge = new Float64Array(16);
  private readonly pt: Point = { x: 0, y: 0 };
  // Per-frame inputs of `visit`, set by draw (a bound method, so no closure per frame).
  private data: RunData | null = null;
  private t = 0;
  private endWindow = 0;
  private g: DotGeometry = geometryFor(0, 0, 0);

  /** Clears the canvas and draws every hop visible at t; returns how many dots it drew. */
  draw(
    ctx: DotContext,
    data: RunData,
    t: number,
    positions: Positions,
    size: DotSize,
    opts: DrawOptions,
  ): number {
    const r = opts.dotRadius ?? 4;
    ctx.clearRect(0, 0, size.width, size.height);
    this.g = geometryFor(size.width, size.height, r * 2);
    this.resolve(data.layout.componentNames, positions, opts.queueDirection, size);
    this.batches.reset();
    this.data = data;
    this.t = t;
    this.endWindow = Math.max(0, opts.endWindowMs);
    data.forEachHopAt(t, this.endWindow, this.visit);
    this.data = null;
    return this.batches.paint(ctx, r);
  }

  /** Component ids to pixel positions (NaN where a part has no place on this canvas). */
  private resolve(
    names: readonly string[],
    positions: Positions,
    dirs: DrawOptions['queueDirection'],
    size: DotSize,
  ): void {
    if (this.px.length < names.length) {
      this.px = new Float64Array(names.length);
      this.py = new Float64Array(names.length);
      this.up = new Uint8Array(names.length);
      this.edge = new Float64Array(names.length);
    }
    for (let id = 0; id < names.length; id++) {
      const name = names[id]!;
      const p = Object.hasOwn(positions, name) ? positions[name] : undefined;
      this.px[id] = p ? p.x * size.width : NaN;
      this.py[id] = p ? p.y * size.height : NaN;
      this.up[id] = dirs?.[name] === 'up' ? 1 : 0;
      this.edge[id] = p?.halfWidth ? p.halfWidth * size.width : 0;
    }
  }

  private readonly visit = (i: number): void => {
    const d = this.data!;
    const g = this.g;
    const out = this.pt;
    const b = d.to[i]!;
    const bx = this.px[b] ?? NaN;
    const by = this.py[b] ?? NaN;
    if (!isNum(bx) || !isNum(by)) return;
    const h = hashId(d.req[i]!);
    const outcome = d.outcome[i]! < OUTCOMES ? d.outcome[i]! : 0;
    const p = progress(this.t, d.t0[i]!, d.t1[i]!);
    let group = 0; // pending
    switch (d.phase[i]) {
      case HopPhase.forward:
      case HopPhase.reply: {
        const a = d.from[i]!;
        const ax = this.px[a] ?? NaN;
        const ay = this.py[a] ?? NaN;
        if (!isNum(ax) || !isNum(ay)) return;
        travelPoint(out, ax, ay, bx, by, p, jitterA(h), g);
        if (d.phase[i] === HopPhase.reply) group = outcome;
        break;
      }
      case HopPhase.queue:
        queuePoint(out, bx, by, this.up[b] ? 'up' : 'left', p, jitterA(h), g, this.edge[b] ?? 0);
        break;
      case HopPhase.service:
        // The hash also picks the start angle, so requests in service spread round the ring.
        ringPoint(out, bx, by, p, (h >>> 8) / 16777216, g);
        break;
      case HopPhase.end: {
        const age = this.endWindow > 0 ? (this.t - d.t0[i]!) / this.endWindow : 0;
        group = endGroup(
          outcome,
          Math.min(FADE_STEPS - 1, Math.max(0, Math.floor(age * FADE_STEPS))),
        );
        nearPoint(out, bx, by, jitterA(h), jitterB(h), g);
        break;
      }
      default:
        return;
    }
    this.batches.push(group, out.x, out.y);
  };
}

const shared = new DotPainter();

/** Draws the requests visible at t (see DotPainter); returns how many dots it drew. */
export function drawDots(
  ctx: DotContext,
  data: RunData,
  t: number,
  positions: Positions,
  size: DotSize,
  opts: DrawOptions,
): number {
  return shared.draw(ctx, data, t, positions, size, opts);
}
