import type { Ms } from '../core/units';
import type { LatencySummary } from '../metrics/histogram';
import type { Component } from './component';
import { EV_CUSTOM, type Sim } from './sim';

const EV_FRAME = EV_CUSTOM;

/** Per-node values captured in each frame, in this order. */
export const NODE_FIELDS = [
  'queued',
  'busy',
  'alive',
  'arrived',
  'served',
  'dropped',
  'busyArea',
  'queueArea',
] as const;
export type NodeField = (typeof NODE_FIELDS)[number];
export const NODE_STRIDE = NODE_FIELDS.length;
export const nodeField = (f: NodeField): number => NODE_FIELDS.indexOf(f);

/**
 * A number a scenario publishes in every frame: a cumulative count (charts show its rate per
 * second), or a level shown as it is (a hit ratio, a replica's lag).
 */
export interface Gauge {
  name: string;
  label: string;
  unit: string;
  kind: 'counter' | 'level';
  read(): number;
}

/** A gauge of a value as it stands at each frame (a queue's depth, a replica's lag). */
export const levelGauge = (
  name: string,
  label: string,
  unit: string,
  read: () => number,
): Gauge => ({
  name,
  label,
  unit,
  kind: 'level',
  read,
});

/** A gauge of a running count, charted as its rate per second. */
export const counterGauge = (
  name: string,
  label: string,
  unit: string,
  read: () => number,
): Gauge => ({ name, label, unit, kind: 'counter', read });

/** A gauge without its reader: what views need to label and chart it. */
export type GaugeInfo = Omit<Gauge, 'read'>;

/**
 * What a view needs to draw the system at one simulated moment. The player keeps every
 * frame of a run, so stepping back or scrubbing reads a frame instead of re-simulating.
 */
export interface Frame {
  t: Ms;
  arrived: number;
  completed: number;
  rejected: number;
  timedOut: number;
  failed: number;
  /** Latency of successful requests from the start of the run to t. */
  latency: LatencySummary;
  /** NODE_STRIDE numbers per node, nodes in `Sim.nodes()` order. */
  nodes: Float64Array;
  /** The scenario's gauges, in the order it declared them. */
  gauges: Float64Array;
}

/** Captures a frame every `everyMs` of simulated time, starting at the current time. */
export class FrameRecorder implements Component {
  readonly id: number;
  readonly name = '__frames';
  readonly kind = 'internal' as const;
  readonly stats = null;
  readonly alive = true;
  readonly frames: Frame[] = [];
  private nodeList: Component[] | null = null;

  constructor(
    private readonly sim: Sim,
    readonly everyMs: Ms,
    private readonly gaugeList: readonly Gauge[] = [],
  ) {
    if (!(everyMs > 0)) throw new RangeError('frame interval must be > 0');
    this.id = sim.register(this);
    sim.schedule(0, this, EV_FRAME);
  }

  receive(): void {}
  onReply(): void {}
  command(): void {}

  handle(kind: number): void {
    if (kind !== EV_FRAME) return;
    this.frames.push(this.capture());
    this.sim.schedule(this.everyMs, this, EV_FRAME);
  }

  capture(): Frame {
    const sim = this.sim;
    const now = sim.now;
    const list = (this.nodeList ??= sim.nodes());
    const nodes = new Float64Array(list.length * NODE_STRIDE);
    list.forEach((c, i) => {
      const s = c.stats!;
      const o = i * NODE_STRIDE;
      nodes[o] = s.queued;
      nodes[o + 1] = s.busy;
      nodes[o + 2] = c.alive ? 1 : 0;
      nodes[o + 3] = s.arrived;
      nodes[o + 4] = s.served;
      nodes[o + 5] = s.dropped;
      nodes[o + 6] = s.busyAreaAt(now);
      nodes[o + 7] = s.queueAreaAt(now);
    });
    const m = sim.metrics;
    return {
      t: now,
      arrived: m.arrived,
      completed: m.completed,
      rejected: m.rejected,
      timedOut: m.timedOut,
      failed: m.failed,
      latency: m.latency.summary(),
      nodes,
      gauges: Float64Array.from(this.gaugeList, (g) => g.read()),
    };
  }
}
