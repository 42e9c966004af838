import type { Ms } from '../../core/units';
import type { Hop } from '../../metrics/trace';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, Request, type Call, type RequestKind } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_START = EV_CUSTOM;
const EV_TIMEOUT = EV_CUSTOM + 1;
const EV_SNAPSHOT = EV_CUSTOM + 2;

/** Ids of journey requests: far above the kernel's counter, so they never collide with it. */
const JOURNEY_IDS = 2 ** 40;

/** One request of a journey: what it asks for and of whom. */
export interface JourneyLeg {
  name: string;
  kind: RequestKind;
  key: number;
  target: Component;
}

/** What became of one leg. */
export interface LegRecord {
  name: string;
  id: number;
  sentAt: Ms;
  endedAt: Ms;
  outcome: Outcome;
  note: string;
}

export interface JourneyOptions {
  name: string;
  client: number;
  /** When the first leg is sent. */
  startAt: Ms;
  legs: readonly JourneyLeg[];
  /** Each leg gives up after this long. */
  timeoutMs: Ms;
  /** Background work a leg started (events, jobs) is kept in the snapshot if it ends by then. */
  settleMs: Ms;
}

/**
 * One person's way through the system, leg after leg: the next request is sent the moment the
 * previous answer arrives, so the legs' times add up to the whole trip. A leg that fails ends
 * the journey. Every leg is traced whatever the sampling rate, and the hops are copied out of
 * the trace ring once the work has settled, so a busy run cannot overwrite them first.
 */
export class Journey extends BaseNode {
  readonly legs: LegRecord[] = [];
  private readonly ids = new Set<number>();
  private traceFrom = 0;
  private snapshot: Hop[] | null = null;
  private complete = true;
  private stopped = false;

  constructor(
    sim: Sim,
    private readonly opts: JourneyOptions,
  ) {
    super(sim, opts.name, 'client', null);
    if (opts.legs.length > 0) sim.at(opts.startAt, this, EV_START);
  }

  /** Ended, one way or another. */
  get done(): boolean {
    return this.stopped;
  }

  /** All legs answered ok. */
  get ok(): boolean {
    return (
      this.legs.length === this.opts.legs.length && this.legs.every((l) => l.outcome === Outcome.ok)
    );
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_START) {
      this.traceFrom = this.sim.trace.total;
      this.send(0);
    } else if (kind === EV_TIMEOUT) {
      const req = payload as Request;
      if (this.sim.finish(req, Outcome.timedOut, this, 'client timed out')) this.ended(req);
    } else if (kind === EV_SNAPSHOT) {
      this.snapshot = this.readTrace();
    }
  }

  private send(i: number): void {
    const leg = this.opts.legs[i]!;
    const sim = this.sim;
    const id = JOURNEY_IDS + this.id * 64 + i;
    // Built here rather than by sim.newRequest so that it is always traced.
    const req = new Request(
      id,
      leg.kind,
      leg.key,
      0,
      this.opts.client,
      sim.now,
      sim.trace.capacity > 0,
    );
    sim.metrics.arrival(sim.now);
    this.ids.add(id);
    this.legs.push({
      name: leg.name,
      id,
      sentAt: sim.now,
      endedAt: NaN,
      outcome: Outcome.pending,
      note: '',
    });
    sim.call(req, this, leg.target);
    if (Number.isFinite(this.opts.timeoutMs))
      sim.schedule(this.opts.timeoutMs, this, EV_TIMEOUT, req);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    if (this.sim.finish(call.req, call.outcome, this)) this.ended(call.req);
  }

  private ended(req: Request): void {
    const rec = this.legs.find((l) => l.id === req.id);
    if (!rec) return;
    rec.endedAt = this.sim.now;
    rec.outcome = req.outcome;
    rec.note = req.note;
    const next = this.legs.length;
    if (req.outcome === Outcome.ok && next < this.opts.legs.length) return this.send(next);
    this.stopped = true;
    this.sim.schedule(this.opts.settleMs, this, EV_SNAPSHOT);
  }

  /**
   * Every hop of the journey's requests, oldest first, and whether the trace still held them
   * all (false when a busy run overwrote some before the snapshot).
   */
  hops(): { hops: Hop[]; complete: boolean } {
    const hops = this.snapshot ?? this.readTrace();
    return { hops, complete: this.complete };
  }

  private readTrace(): Hop[] {
    const tr = this.sim.trace;
    if (tr.capacity === 0 || this.legs.length === 0) return [];
    const first = Math.max(this.traceFrom, tr.total - tr.capacity);
    if (first > this.traceFrom) this.complete = false;
    const out: Hop[] = [];
    for (let k = first; k < tr.total; k++) {
      const i = k % tr.capacity;
      const req = tr.req[i]!;
      if (!this.ids.has(req)) continue;
      out.push({
        req,
        from: tr.from[i]!,
        to: tr.to[i]!,
        t0: tr.t0[i]!,
        t1: tr.t1[i]!,
        phase: tr.phase[i]! as Hop['phase'],
        outcome: tr.outcome[i]!,
      });
    }
    return out;
  }
}
