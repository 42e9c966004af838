import type { Frame, GaugeInfo, Ms, NodeKind, SeriesPoint } from '../engine';
import type { RunResult, ScenarioSession } from '../scenarios/session';

/** Hops in struct-of-arrays form: cheap to post from a worker and to scan when drawing. */
export interface HopBatch {
  count: number;
  req: Float64Array;
  from: Int32Array;
  to: Int32Array;
  t0: Float64Array;
  t1: Float64Array;
  phase: Uint8Array;
  outcome: Uint8Array;
}

/** What a run tells the player as it goes: everything new since the previous chunk. */
export interface Chunk {
  /** Simulated time the run has reached. */
  upTo: Ms;
  frames: Frame[];
  /** Seconds closed since the last chunk. */
  series: SeriesPoint[];
  hops: HopBatch;
  /** Present on the last chunk. */
  result?: RunResult;
}

/** Facts about a run's parts that views need to draw it, sent once at the start. */
export interface RunLayout {
  durationMs: Ms;
  frameMs: Ms;
  /** Component names by id: hops refer to ids. */
  componentNames: string[];
  /** The parts with statistics, in frame order. */
  nodes: Array<{ name: string; kind: NodeKind; capacity: number }>;
  /** Interventions that named no part. */
  unknownTargets: string[];
  /** The scenario's gauges, in frame order. */
  gauges: GaugeInfo[];
}

export function layoutOf(session: ScenarioSession): RunLayout {
  const sim = session.sim;
  return {
    durationMs: session.durationMs,
    frameMs: session.recorder?.everyMs ?? 0,
    componentNames: sim.components.map((c) => c.name),
    nodes: sim.nodes().map((c) => ({ name: c.name, kind: c.kind, capacity: c.stats!.capacity })),
    unknownTargets: [...session.unknownTargets],
    gauges: (session.model.gauges ?? []).map(({ name, label, unit, kind }) => ({
      name,
      label,
      unit,
      kind,
    })),
  };
}

/** Reads what is new in a session since the cursor and moves the cursor on. */
export class ChunkReader {
  private frames = 0;
  private series = 0;
  private hops = 0;

  constructor(private readonly session: ScenarioSession) {}

  read(): Chunk {
    const s = this.session;
    const frames = s.frames.slice(this.frames);
    this.frames += frames.length;
    const points = s.sim.metrics.series.points;
    if (s.done) s.sim.metrics.series.flush(s.durationMs);
    const series = points.slice(this.series);
    this.series += series.length;
    const hops = this.readHops();
    const chunk: Chunk = { upTo: s.now, frames, series, hops };
    if (s.done) chunk.result = s.result();
    return chunk;
  }

  private readHops(): HopBatch {
    const tr = this.session.sim.trace;
    // Hops overwritten before we read them are lost; the session sizes the ring so that
    // a whole run fits, so this only trims pathological cases.
    const first = Math.max(this.hops, tr.total - tr.capacity);
    const count = Math.max(0, tr.total - first);
    const batch: HopBatch = {
      count,
      req: new Float64Array(count),
      from: new Int32Array(count),
      to: new Int32Array(count),
      t0: new Float64Array(count),
      t1: new Float64Array(count),
      phase: new Uint8Array(count),
      outcome: new Uint8Array(count),
    };
    for (let k = 0; k < count; k++) {
      const i = (first + k) % tr.capacity;
      batch.req[k] = tr.req[i]!;
      batch.from[k] = tr.from[i]!;
      batch.to[k] = tr.to[i]!;
      batch.t0[k] = tr.t0[i]!;
      batch.t1[k] = tr.t1[i]!;
      batch.phase[k] = tr.phase[i]!;
      batch.outcome[k] = tr.outcome[i]!;
    }
    this.hops = tr.total;
    return batch;
  }
}
