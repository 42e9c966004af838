import { describe, expect, it } from 'vitest';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { BaseNode } from '../../kernel/baseNode';
import { Sim } from '../../kernel/sim';
import { burstTime, burstTimes, ClockBursts } from './clockBursts';
import { PoissonClients } from './poissonClients';

/** Answers every call after `delay` ms (never, when Infinity), noting when each arrived. */
class Sink extends BaseNode {
  readonly seen: Array<{ t: number; client: number }> = [];
  constructor(
    sim: Sim,
    private readonly delay = 0,
  ) {
    super(sim, 'sink', 'server', null);
  }
  receive(call: Call): void {
    this.seen.push({ t: this.sim.now, client: call.req.client });
    if (Number.isFinite(this.delay)) this.sim.schedule(this.delay, this, 2, call);
  }
  override handle(_k: number, payload: unknown): void {
    this.sim.reply(payload as Call, Outcome.ok);
  }
}

describe('burstTimes', () => {
  it('centres each burst on its tick: half just before, half from the tick on', () => {
    const plan = { size: 4, everyMs: 1000, spreadMs: 200 };
    expect(burstTimes(plan, 2500)).toEqual([900, 950, 1000, 1050, 1900, 1950, 2000, 2050]);
    expect(burstTime(plan, 5)).toBe(1950);
  });

  it('caps the spread at the gap between bursts, so bursts never overlap', () => {
    const t = burstTimes({ size: 2, everyMs: 100, spreadMs: 1000 }, 400);
    expect(t).toEqual([50, 100, 150, 200, 250, 300, 350]);
  });

  it('an offset shifts every send', () => {
    expect(burstTimes({ size: 2, everyMs: 1000, spreadMs: 100, offsetMs: -20 }, 2000)).toEqual([
      930, 980, 1930, 1980,
    ]);
  });

  it('no bursts when the size is 0', () => {
    expect(burstTimes({ size: 0, everyMs: 100, spreadMs: 0 }, 1000)).toEqual([]);
  });
});

describe('ClockBursts', () => {
  it('sends exactly at the planned times, stamped with its client id', () => {
    const sim = new Sim({ seed: 1 });
    const sink = new Sink(sim);
    const plan = { size: 3, everyMs: 500, spreadMs: 30 };
    new ClockBursts(sim, { ...plan, name: 'job', client: 7, target: sink, timeoutMs: Infinity });
    sim.runUntil(1200);
    expect(sink.seen).toEqual(burstTimes(plan, 1200).map((t) => ({ t, client: 7 })));
  });
});

describe('PoissonClients', () => {
  it('sends at n x rpsEach from startAt on, spread over its clients', () => {
    const sim = new Sim({ seed: 3 });
    const sink = new Sink(sim);
    new PoissonClients(sim, {
      name: 'users',
      clients: [10, 11, 12, 13],
      rpsEach: 50,
      startAt: 2000,
      target: sink,
      timeoutMs: Infinity,
    });
    sim.runUntil(12_000);
    expect(sink.seen[0]!.t).toBeGreaterThan(2000);
    expect(sink.seen.length).toBeGreaterThan(1800); // 200/s for 10 s = 2,000 expected
    expect(sink.seen.length).toBeLessThan(2200);
    for (const id of [10, 11, 12, 13]) {
      const n = sink.seen.filter((s) => s.client === id).length;
      expect(n).toBeGreaterThan(400);
      expect(n).toBeLessThan(600);
    }
  });

  it('gives up after its timeout and records each end once', () => {
    const sim = new Sim({ seed: 3 });
    const sink = new Sink(sim, Infinity);
    const ended: Request[] = [];
    new PoissonClients(sim, {
      name: 'users',
      clients: [1],
      rpsEach: 10,
      target: sink,
      timeoutMs: 300,
      onEnd: (r) => ended.push(r),
    });
    sim.runUntil(2000);
    expect(ended.length).toBeGreaterThan(5);
    expect(ended.every((r) => r.outcome === Outcome.timedOut)).toBe(true);
    for (const r of ended) expect(r.finishedAt - r.createdAt).toBeCloseTo(300, 9);
    expect(sim.metrics.timedOut).toBe(ended.length);
  });

  it('the same seed gives the same traffic', () => {
    const run = () => {
      const sim = new Sim({ seed: 9 });
      const sink = new Sink(sim);
      new PoissonClients(sim, {
        name: 'u',
        clients: [1, 2],
        rpsEach: 5,
        target: sink,
        timeoutMs: Infinity,
      });
      sim.runUntil(5000);
      return sink.seen;
    };
    expect(run()).toEqual(run());
  });
});
