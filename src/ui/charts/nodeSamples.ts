import { NODE_STRIDE, nodeField } from '../../engine';
import type { RunData } from '../../player/runData';

/** One interval of per-node figures, for the nodes chosen (in that order). */
export interface NodeSample {
  /** End of the interval, in simulated seconds. */
  t: number;
  /** Mean fraction of capacity busy over the interval, 0..1 (NaN for parts with no capacity). */
  util: number[];
  /** Mean number waiting over the interval. */
  queue: number[];
}

const BUSY = nodeField('busyArea');
const QUEUE = nodeField('queueArea');

/** Index of the frame at or before `tMs` (as RunData.frameAt picks it), or -1 if none. */
export function frameIndexAt(data: RunData, tMs: number): number {
  const n = data.frames.length;
  if (n === 0) return -1;
  const fm = data.layout.frameMs || 1;
  return Math.min(n - 1, Math.max(0, Math.floor(tMs / fm + 1e-9)));
}

/**
 * Per-node utilisation and mean queue over ~1 s intervals from the run's frames up to frame
 * `last`, plus a final partial interval so the lines reach the playhead. Frames hold running
 * integrals (busy-worker-ms, waiting-request-ms), so each interval's mean is exact: the
 * change in the integral over the interval's length, not a sample of the level.
 */
export function sampleNodes(data: RunData, last: number, nodes: readonly number[]): NodeSample[] {
  const out: NodeSample[] = [];
  const step = Math.max(1, Math.round(1000 / (data.layout.frameMs || 1000)));
  const sample = (a: number, b: number) => {
    const f0 = data.frames[a];
    const f1 = data.frames[b];
    if (!f0 || !f1 || !(f1.t > f0.t)) return;
    const dt = f1.t - f0.t;
    const util: number[] = [];
    const queue: number[] = [];
    for (const n of nodes) {
      const o = n * NODE_STRIDE;
      const cap = data.layout.nodes[n]?.capacity ?? 0;
      util.push(cap > 0 ? (f1.nodes[o + BUSY]! - f0.nodes[o + BUSY]!) / (cap * dt) : NaN);
      queue.push((f1.nodes[o + QUEUE]! - f0.nodes[o + QUEUE]!) / dt);
    }
    out.push({ t: f1.t / 1000, util, queue });
  };
  let k = step;
  for (; k <= last; k += step) sample(k - step, k);
  if (k - step < last) sample(k - step, last);
  return out;
}
