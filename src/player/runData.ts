import type { Frame, Ms, SeriesPoint } from '../engine';
import type { RunResult } from '../scenarios/run';
import type { Chunk, RunLayout } from './chunk';

const BUCKET_MS = 1000;

/**
 * Everything the player has received about one run, growing as chunks arrive. Views read
 * it at the playhead: frames for numbers, series for charts, hops (indexed by second) for
 * the moving dots. Stepping back is just reading an earlier frame.
 */
export class RunData {
  readonly frames: Frame[] = [];
  readonly series: SeriesPoint[] = [];
  computedUntil: Ms = 0;
  result: RunResult | null = null;
  // Hops, growable struct of arrays.
  hopCount = 0;
  req = new Float64Array(1024);
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  t0 = new Float64Array(1024);
  t1 = new Float64Array(1024);
  phase = new Uint8Array(1024);
  outcome = new Uint8Array(1024);
  /** For each simulated second, the hops visible at some moment of it. */
  private readonly buckets: number[][] = [];

  constructor(readonly layout: RunLayout) {}

  get done(): boolean {
    return this.result !== null;
  }

  append(chunk: Chunk): void {
    for (const f of chunk.frames) this.frames.push(f);
    for (const p of chunk.series) this.series.push(p);
    this.appendHops(chunk);
    this.computedUntil = chunk.upTo;
    if (chunk.result) this.result = chunk.result;
  }

  private appendHops(chunk: Chunk): void {
    const h = chunk.hops;
    this.reserve(this.hopCount + h.count);
    for (let k = 0; k < h.count; k++) {
      const i = this.hopCount++;
      this.req[i] = h.req[k]!;
      this.from[i] = h.from[k]!;
      this.to[i] = h.to[k]!;
      const t0 = (this.t0[i] = h.t0[k]!);
      const t1 = (this.t1[i] = h.t1[k]!);
      this.phase[i] = h.phase[k]!;
      this.outcome[i] = h.outcome[k]!;
      const last = Math.floor(t1 / BUCKET_MS);
      for (let b = Math.floor(t0 / BUCKET_MS); b <= last; b++) (this.buckets[b] ??= []).push(i);
    }
  }

  private reserve(n: number): void {
    if (n <= this.req.length) return;
    let cap = this.req.length;
    while (cap < n) cap *= 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.req = grow(this.req, (c) => new Float64Array(c));
    this.from = grow(this.from, (c) => new Int32Array(c));
    this.to = grow(this.to, (c) => new Int32Array(c));
    this.t0 = grow(this.t0, (c) => new Float64Array(c));
    this.t1 = grow(this.t1, (c) => new Float64Array(c));
    this.phase = grow(this.phase, (c) => new Uint8Array(c));
    this.outcome = grow(this.outcome, (c) => new Uint8Array(c));
  }

  /** Calls `visit` for each hop under way at time t (t0 <= t <= t1), plus end markers within `endWindow` before t. */
  forEachHopAt(t: Ms, endWindow: Ms, visit: (i: number) => void): void {
    const bucket = this.buckets[Math.floor(t / BUCKET_MS)];
    if (bucket) {
      for (const i of bucket) {
        const t0 = this.t0[i]!;
        if (t0 <= t && t <= this.t1[i]! && this.phase[i] !== 4) visit(i);
      }
    }
    if (endWindow <= 0) return;
    // End markers have t0 == t1; look back over the buckets the window covers.
    const firstB = Math.floor(Math.max(0, t - endWindow) / BUCKET_MS);
    for (let b = firstB; b <= Math.floor(t / BUCKET_MS); b++) {
      for (const i of this.buckets[b] ?? []) {
        if (this.phase[i] === 4 && this.t0[i]! <= t && this.t0[i]! > t - endWindow) visit(i);
      }
    }
  }

  /** The last frame at or before t (frames are captured every layout.frameMs from 0). */
  frameAt(t: Ms): Frame | undefined {
    if (this.frames.length === 0) return undefined;
    const fm = this.layout.frameMs || 1;
    const i = Math.min(this.frames.length - 1, Math.max(0, Math.floor(t / fm + 1e-9)));
    return this.frames[i];
  }

  /** Closed seconds up to time t. */
  seriesUntil(t: Ms): SeriesPoint[] {
    const whole = Math.floor(t / 1000);
    return this.series.slice(0, Math.max(0, whole));
  }
}
