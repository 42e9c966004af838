import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponential } from '../core/distributions';
import { Sim } from '../kernel/sim';
import { OpenLoopSource } from '../model/openLoopSource';
import { makeProfile } from '../model/profile';
import { Server } from '../model/server';
import { HopPhase, Trace, type Hop } from './trace';

const hopOf = (k: number): Hop => ({
  req: k,
  from: k % 7,
  to: (k * 3) % 11,
  t0: k * 1.5,
  t1: k * 1.5 + 0.25,
  phase: (k % 5) as HopPhase,
  outcome: k % 5,
});

function fill(trace: Trace, n: number): Hop[] {
  const all: Hop[] = [];
  for (let k = 0; k < n; k++) {
    const h = hopOf(k);
    trace.record(h.req, h.from, h.to, h.t0, h.t1, h.phase, h.outcome);
    all.push(h);
  }
  return all;
}

describe('Trace ring buffer', () => {
  it('keeps the newest `capacity` hops, oldest first, after wrapping', () => {
    const trace = new Trace(5);
    const all = fill(trace, 12);
    expect(trace.total).toBe(12);
    expect(trace.size).toBe(5);
    expect(trace.hops()).toEqual(all.slice(7));
    expect(trace.hops().map((h) => h.req)).toEqual([7, 8, 9, 10, 11]);
  });

  it('before it is full, holds everything in order', () => {
    const trace = new Trace(10);
    const all = fill(trace, 4);
    expect(trace.size).toBe(4);
    expect(trace.hops()).toEqual(all);
  });

  it('exactly full, and one past full', () => {
    const trace = new Trace(6);
    const all = fill(trace, 6);
    expect(trace.hops()).toEqual(all);
    trace.record(99, 1, 2, 3, 4, HopPhase.end, 1);
    expect(trace.hops().map((h) => h.req)).toEqual([1, 2, 3, 4, 5, 99]);
  });

  it('property: hops() is always the last min(n, capacity) records, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 300 }), (cap, n) => {
        const trace = new Trace(cap);
        const all = fill(trace, n);
        expect(trace.total).toBe(n);
        expect(trace.size).toBe(Math.min(n, cap));
        expect(trace.hops()).toEqual(all.slice(Math.max(0, n - cap)));
      }),
    );
  });

  it('capacity 0 records nothing and never throws', () => {
    const trace = new Trace(0);
    fill(trace, 10);
    expect(trace.total).toBe(0);
    expect(trace.size).toBe(0);
    expect(trace.hops()).toEqual([]);
  });

  it('a real run traces whole request paths with consistent times', () => {
    const sim = new Sim({ seed: 2, traceCapacity: 1_000_000 });
    const server = new Server(sim, {
      name: 'server',
      workers: 1,
      queueLimit: 5,
      service: exponential(20),
    });
    const source = new OpenLoopSource(sim, {
      name: 'users',
      rps: 45,
      profile: makeProfile('constant', 10_000),
      target: server,
      timeoutMs: Infinity,
    });
    sim.link(source, server, () => 3);
    sim.runUntil(10_000);
    const hops = sim.trace.hops();
    expect(sim.trace.total).toBe(hops.length); // nothing overwritten
    for (const h of hops) expect(h.t1).toBeGreaterThanOrEqual(h.t0);
    // One end marker per finished request, at the source, with its outcome.
    const ends = hops.filter((h) => h.phase === HopPhase.end);
    expect(ends).toHaveLength(sim.metrics.ended);
    expect(ends.every((h) => h.from === source.id && h.to === source.id)).toBe(true);
    // Hops are recorded as they happen: a queue hop once the wait is over (at its t1),
    // every other hop when it starts (at its t0). So that recording time never decreases.
    const recordedAt = (h: Hop) => (h.phase === HopPhase.queue ? h.t1 : h.t0);
    for (let i = 1; i < hops.length; i++)
      expect(recordedAt(hops[i]!)).toBeGreaterThanOrEqual(recordedAt(hops[i - 1]!));
    // Forward hops take the link latency.
    const fwd = hops.filter((h) => h.phase === HopPhase.forward);
    expect(fwd.length).toBe(sim.metrics.arrived);
    expect(fwd.every((h) => Math.abs(h.t1 - h.t0 - 3) < 1e-9)).toBe(true);
    // Some requests queued, and a queue hop ends exactly when its service hop starts.
    const byReq = new Map<number, Hop[]>();
    for (const h of hops) byReq.set(h.req, [...(byReq.get(h.req) ?? []), h]);
    let queued = 0;
    for (const list of byReq.values()) {
      const q = list.find((h) => h.phase === HopPhase.queue);
      const s = list.find((h) => h.phase === HopPhase.service);
      if (q) {
        queued++;
        expect(s).toBeDefined();
        expect(s!.t0).toBe(q.t1);
      }
    }
    expect(queued).toBeGreaterThan(50);
  });
});
