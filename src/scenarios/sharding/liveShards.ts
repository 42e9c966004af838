import { nodeField, NODE_STRIDE, type Frame, type TimedCommand } from '../../engine';
import type { RunData } from '../../player/runData';

/** What the view shows for one shard at the playhead. */
export interface LiveShard {
  index: number;
  name: string;
  /** Share of its workers busy over the last second, 0..1. */
  load: number;
  queued: number;
  /** Requests turned away in the last second. */
  turnedAway: number;
  alive: boolean;
  /** Not yet part of the system (it joins later in the run). */
  waiting: boolean;
  /** Full: busy all the time with a line, or turning requests away. */
  saturated: boolean;
  /** The slow-down factor in force (1 when normal). */
  slowFactor: number;
}

const field = (f: Frame, i: number, name: Parameters<typeof nodeField>[0]) =>
  f.nodes[i * NODE_STRIDE + nodeField(name)] ?? 0;

/** The slow-down in force on a part at time t, from the run's interventions. */
export function slowFactorAt(commands: readonly TimedCommand[], node: string, t: number): number {
  let factor = 1;
  for (const c of [...commands].sort((a, b) => a.at - b.at)) {
    if (c.node !== node || c.at > t) continue;
    if (c.action === 'slow') factor = c.factor ?? 4;
    else if (c.action === 'restore' || c.action === 'restart') factor = 1;
  }
  return factor;
}

/**
 * Each shard's live state from the frames: load over the last second (from the busy-time
 * integrals, so it is exact, not a sample), its line, and whether it is refusing work.
 */
export function liveShards(
  data: RunData,
  t: number,
  count: number,
  /** When the last shard joins, or null if all are there from the start. */
  joinsAtMs: number | null,
  commands: readonly TimedCommand[],
): LiveShard[] {
  const now = data.frameAt(t);
  const then = data.frameAt(Math.max(0, t - 1000));
  const out: LiveShard[] = [];
  for (let s = 0; s < count; s++) {
    const name = `shard-${s + 1}`;
    const i = data.layout.nodes.findIndex((n) => n.name === name);
    const cap = i >= 0 ? data.layout.nodes[i]!.capacity : 0;
    const waiting = joinsAtMs !== null && s === count - 1 && t < joinsAtMs;
    let load = 0;
    let queued = 0;
    let turnedAway = 0;
    let alive = true;
    if (i >= 0 && now && then) {
      const dt = now.t - then.t;
      load =
        dt > 0 && cap > 0
          ? (field(now, i, 'busyArea') - field(then, i, 'busyArea')) / (cap * dt)
          : 0;
      queued = field(now, i, 'queued');
      turnedAway = field(now, i, 'dropped') - field(then, i, 'dropped');
      alive = field(now, i, 'alive') === 1;
    }
    out.push({
      index: s,
      name,
      load: Math.min(1, Math.max(0, load)),
      queued,
      turnedAway,
      alive,
      waiting,
      saturated: alive && ((load > 0.95 && queued > 0) || turnedAway > 0),
      slowFactor: slowFactorAt(commands, name, t),
    });
  }
  return out;
}
