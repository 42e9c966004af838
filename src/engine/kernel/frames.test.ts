import { describe, expect, it } from 'vitest';
import { exponential } from '../core/distributions';
import { OpenLoopSource } from '../model/openLoopSource';
import { makeProfile } from '../model/profile';
import { Server } from '../model/server';
import { FrameRecorder, NODE_STRIDE, nodeField, type Frame, type NodeField } from './frames';
import { Sim } from './sim';

/** Two servers fed by a spiky source: queues fill, requests are rejected and time out. */
function build(everyMs: number, seed = 1) {
  const sim = new Sim({ seed, traceCapacity: 0 });
  const a = new Server(sim, { name: 'a', workers: 2, queueLimit: 15, service: exponential(40) });
  const b = new Server(sim, { name: 'b', workers: 4, queueLimit: 100, service: exponential(10) });
  new OpenLoopSource(sim, {
    name: 'users-a',
    rps: 35,
    profile: makeProfile('spike', 20_000),
    target: a,
    timeoutMs: 400,
  });
  new OpenLoopSource(sim, {
    name: 'users-b',
    rps: 100,
    profile: makeProfile('constant', 20_000),
    target: b,
    timeoutMs: Infinity,
  });
  const rec = new FrameRecorder(sim, everyMs);
  return { sim, rec, servers: [a, b] };
}

const field = (f: Frame, node: number, name: NodeField) =>
  f.nodes[node * NODE_STRIDE + nodeField(name)]!;

describe('FrameRecorder', () => {
  it('captures a frame every N ms from the start, including the end time', () => {
    const { sim, rec } = build(250);
    sim.runUntil(20_000);
    expect(rec.frames).toHaveLength(20_000 / 250 + 1);
    rec.frames.forEach((f, i) => expect(f.t).toBe(i * 250));
  });

  it('cumulative counts never decrease and add up', () => {
    const { sim, rec } = build(100);
    sim.runUntil(20_000);
    const keys = ['arrived', 'completed', 'rejected', 'timedOut', 'failed'] as const;
    for (let i = 1; i < rec.frames.length; i++) {
      const prev = rec.frames[i - 1]!;
      const f = rec.frames[i]!;
      for (const k of keys) expect(f[k]).toBeGreaterThanOrEqual(prev[k]);
      expect(f.latency.count).toBe(f.completed);
      expect(f.latency.count).toBeGreaterThanOrEqual(prev.latency.count);
      expect(f.latency.max).toBeGreaterThanOrEqual(prev.latency.max);
      expect(f.completed + f.rejected + f.timedOut + f.failed).toBeLessThanOrEqual(f.arrived);
      for (let n = 0; n < 2; n++) {
        for (const name of ['arrived', 'served', 'dropped', 'busyArea', 'queueArea'] as const)
          expect(field(f, n, name)).toBeGreaterThanOrEqual(field(prev, n, name));
      }
    }
    const last = rec.frames.at(-1)!;
    // The spike really overloaded server a, so the test covers drops and timeouts.
    expect(last.rejected).toBeGreaterThan(0);
    expect(last.timedOut).toBeGreaterThan(0);
  });

  it('node fields match NodeStats at the time of the frame', () => {
    const { sim, rec, servers } = build(100, 3);
    // Check every frame against the live stats by capturing at random stop points too.
    for (const t of [1234.5, 5000, 9999.9, 12_345, 20_000]) {
      sim.runUntil(t);
      const f = rec.capture();
      expect(f.t).toBe(t);
      servers.forEach((s, n) => {
        const st = s.stats!;
        expect(field(f, n, 'queued')).toBe(st.queued);
        expect(field(f, n, 'queued')).toBe(s.queueLength);
        expect(field(f, n, 'busy')).toBe(st.busy);
        expect(field(f, n, 'busy')).toBe(s.inService);
        expect(field(f, n, 'alive')).toBe(1);
        expect(field(f, n, 'arrived')).toBe(st.arrived);
        expect(field(f, n, 'served')).toBe(st.served);
        expect(field(f, n, 'dropped')).toBe(st.dropped);
        expect(field(f, n, 'busyArea')).toBeCloseTo(st.busyAreaAt(t), 6);
        expect(field(f, n, 'queueArea')).toBeCloseTo(st.queueAreaAt(t), 6);
        // Utilization and mean queue follow from the areas.
        expect(field(f, n, 'busyArea') / (st.capacity * t)).toBeCloseTo(st.utilization(t), 9);
        expect(field(f, n, 'queueArea') / t).toBeCloseTo(st.meanQueue(t), 9);
      });
      expect(f.arrived).toBe(sim.metrics.arrived);
      expect(f.completed).toBe(sim.metrics.completed);
    }
  });

  it('per frame, each server conserves requests: arrived = served + dropped + busy + queued', () => {
    const { sim, rec } = build(50, 5);
    sim.runUntil(20_000);
    let sawQueue = false;
    for (const f of rec.frames) {
      for (let n = 0; n < 2; n++) {
        const busy = field(f, n, 'busy');
        const queued = field(f, n, 'queued');
        if (queued > 0) sawQueue = true;
        expect(field(f, n, 'arrived')).toBe(
          field(f, n, 'served') + field(f, n, 'dropped') + busy + queued,
        );
        expect(busy).toBeLessThanOrEqual(n === 0 ? 2 : 4);
        expect(queued).toBeLessThanOrEqual(n === 0 ? 15 : 100);
        // busyArea can never exceed capacity x elapsed time.
        expect(field(f, n, 'busyArea')).toBeLessThanOrEqual((n === 0 ? 2 : 4) * f.t + 1e-6);
      }
    }
    expect(sawQueue).toBe(true);
  });

  it('the alive field follows kill and restart', () => {
    const { sim, rec } = build(100, 2);
    sim.applyCommands([
      { at: 3000, node: 'a', action: 'kill' },
      { at: 6000, node: 'a', action: 'restart' },
    ]);
    sim.runUntil(8000);
    const alive = (t: number) => field(rec.frames[t / 100]!, 0, 'alive');
    expect([alive(2900), alive(3000), alive(5900), alive(6000), alive(7000)]).toEqual([
      1, 0, 0, 1, 1,
    ]);
    // While a is down, b is unaffected.
    expect(rec.frames.every((f) => field(f, 1, 'alive') === 1)).toBe(true);
    // Nothing is busy or queued on a dead server.
    const f = rec.frames[45]!;
    expect([field(f, 0, 'busy'), field(f, 0, 'queued')]).toEqual([0, 0]);
  });

  it('frames do not perturb the simulation', () => {
    const run = (everyMs: number) => {
      const { sim, rec } = build(everyMs, 9);
      sim.runUntil(20_000);
      return { m: sim.metrics, frames: rec.frames.length };
    };
    const dense = run(100);
    const sparse = run(7000);
    expect(dense.frames).toBe(201);
    expect(sparse.frames).toBe(3);
    expect(dense.m.arrived).toBe(sparse.m.arrived);
    expect(dense.m.completed).toBe(sparse.m.completed);
    expect(dense.m.timedOut).toBe(sparse.m.timedOut);
    expect(dense.m.rejected).toBe(sparse.m.rejected);
    expect(dense.m.latency.summary()).toEqual(sparse.m.latency.summary());
    expect(dense.m.series.points).toEqual(sparse.m.series.points);
  });

  it('rejects a non-positive or NaN interval', () => {
    for (const bad of [0, -1, NaN]) {
      const sim = new Sim({ seed: 1, traceCapacity: 0 });
      expect(() => new FrameRecorder(sim, bad)).toThrow(RangeError);
    }
  });
});
