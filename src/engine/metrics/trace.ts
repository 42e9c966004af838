/**
 * A sampled trace of request hops in a bounded ring of typed arrays: enough for a view to
 * draw a few thousand moving requests at any moment, whatever the true request rate.
 * When full, the oldest hops are overwritten (rewinding far back then shows fewer dots).
 */
export const HopPhase = {
  /** Travelling from one part to another. */
  forward: 0,
  /** An answer travelling back. */
  reply: 1,
  /** Waiting in a part's queue. */
  queue: 2,
  /** Being worked on by a part. */
  service: 3,
  /** The request ended at its source (a short marker, coloured by outcome). */
  end: 4,
} as const;
export type HopPhase = (typeof HopPhase)[keyof typeof HopPhase];

export interface Hop {
  req: number;
  from: number;
  to: number;
  t0: number;
  t1: number;
  phase: HopPhase;
  outcome: number;
}

export class Trace {
  readonly req: Float64Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly t0: Float64Array;
  readonly t1: Float64Array;
  readonly phase: Uint8Array;
  readonly outcome: Uint8Array;
  /** Total hops ever recorded; the ring holds the last `capacity` of them. */
  total = 0;

  constructor(readonly capacity = 100_000) {
    this.req = new Float64Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.t0 = new Float64Array(capacity);
    this.t1 = new Float64Array(capacity);
    this.phase = new Uint8Array(capacity);
    this.outcome = new Uint8Array(capacity);
  }

  get size(): number {
    return Math.min(this.total, this.capacity);
  }

  record(
    req: number,
    from: number,
    to: number,
    t0: number,
    t1: number,
    phase: HopPhase,
    outcome: number,
  ): void {
    if (this.capacity === 0) return;
    const i = this.total % this.capacity;
    this.req[i] = req;
    this.from[i] = from;
    this.to[i] = to;
    this.t0[i] = t0;
    this.t1[i] = t1;
    this.phase[i] = phase;
    this.outcome[i] = outcome;
    this.total++;
  }

  /** The hops still held, oldest first (copies; for tests and for shipping to a view). */
  hops(): Hop[] {
    const out: Hop[] = [];
    const start = this.total > this.capacity ? this.total % this.capacity : 0;
    for (let k = 0; k < this.size; k++) {
      const i = (start + k) % this.capacity;
      out.push({
        req: this.req[i]!,
        from: this.from[i]!,
        to: this.to[i]!,
        t0: this.t0[i]!,
        t1: this.t1[i]!,
        phase: this.phase[i] as HopPhase,
        outcome: this.outcome[i]!,
      });
    }
    return out;
  }
}
