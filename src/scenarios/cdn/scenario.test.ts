import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  greatCircleKm,
  nearestAlive,
  placeById,
  roundTripMs,
  type TimedCommand,
} from '../../engine';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput, type RunResult } from '../run';
import { errorShare } from '../teaching';
import { cityRtt, cityTraffic } from './results';
import { CITIES, EDGE_SET_NAMES, EDGE_SETS, names, ORIGIN_SITES } from './sites';

const scenario = getScenario('cdn')!;
const run = (
  over: Record<string, number | string | boolean> = {},
  commands: TimedCommand[] = [],
  durationS = 10,
): RunResult =>
  runToEnd({
    scenario: 'cdn',
    params: { ...defaults(scenario.params), ...over },
    seed: 7,
    durationS,
    commands,
  } satisfies RunInput);
const rtt = cityRtt;
const traffic = cityTraffic;
/** Where a component stands: "origin" is wherever the run put it. */
const siteOf = (name: string, origin: string) =>
  placeById(name === names.origin ? origin : name.replace(/^edge-/, ''));

describe('cdn: round trips are the physics of fibre plus processing', () => {
  it('with the CDN on, every hit takes 2 x distance / 200,000 km/s + the edge processing', () => {
    const variants: Array<{ edges: string; edgeMs: number }> = [
      { edges: 'many', edgeMs: 10 },
      { edges: 'few', edgeMs: 25 },
    ];
    for (const over of variants) {
      const r = run(over);
      const edgeMs = over.edgeMs;
      for (const city of CITIES) {
        const c = rtt(r)[city.id]!;
        const km = greatCircleKm(city, siteOf(c.servedBy, 'virginia'));
        expect(c.km).toBeCloseTo(km, 0);
        expect(c.physics).toBeCloseTo(roundTripMs(km), 2);
        // Exact to the microsecond: constant links, constant processing, no queueing.
        expect(c.observedHits).toBeCloseTo((2 * km * 1000) / 200_000 + edgeMs, 2);
      }
    }
  });

  it('with the CDN off, each city waits its round trip to the origin + the origin processing', () => {
    const r = run({ cdn: false });
    const virginia = placeById('virginia');
    for (const city of CITIES) {
      const c = rtt(r)[city.id]!;
      expect(c.servedBy).toBe('origin');
      const want = roundTripMs(greatCircleKm(city, virginia)) + 100;
      // Within 1%: the origin runs at 62% of capacity, so queueing barely shows.
      expect(Math.abs(c.observed - want)).toBeLessThan(want * 0.01);
    }
    // Mumbai: about 13,000 km from Virginia, so at least ~130 ms before any work.
    expect(rtt(r).mumbai!.km).toBeGreaterThan(12_500);
    expect(rtt(r).mumbai!.km).toBeLessThan(13_300);
    expect(rtt(r).mumbai!.physics).toBeGreaterThan(125);
  });
});

describe('cdn: copies keep traffic off the origin and latency low', () => {
  it('with the default hit ratio, 70-90% of requests never reach the origin', () => {
    const r = run();
    expect(r.originOffload).toBeGreaterThan(0.7);
    expect(r.originOffload).toBeLessThan(0.9);
    const origin = r.nodes.find((n) => n.id === 'origin')!;
    const share = origin.arrived / r.requests.arrived;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.3);
  });

  it('with the CDN off everything reaches the origin and far cities wait 200-500 ms', () => {
    const off = run({ cdn: false });
    expect(off.originOffload).toBe(0);
    // All but the few still on their way when the run stops.
    const reached = off.nodes.find((n) => n.id === 'origin')!.arrived;
    expect(reached).toBeGreaterThan(off.requests.arrived * 0.98);
    const on = run();
    const far = CITIES.filter((c) => greatCircleKm(c, placeById('virginia')) > 10_000);
    expect(far.map((c) => c.id)).toEqual(
      expect.arrayContaining(['mumbai', 'sydney', 'singapore', 'tokyo']),
    );
    for (const c of far) {
      expect(rtt(off)[c.id]!.observed).toBeGreaterThanOrEqual(200);
      expect(rtt(off)[c.id]!.observed).toBeLessThanOrEqual(500);
      // The same cities' hits, from an edge: 10-50 ms even for Johannesburg far from its edge.
      expect(rtt(on)[c.id]!.observedHits).toBeLessThan(off.latencyMs.p50);
    }
    expect(rtt(on).mumbai!.observedHits).toBeGreaterThanOrEqual(10);
    expect(rtt(on).mumbai!.observedHits).toBeLessThanOrEqual(50);
    expect(on.latencyMs.mean).toBeLessThan(off.latencyMs.mean / 2);
  });
});

describe('cdn: failures', () => {
  it('killing an edge moves its users to the next nearest; only what was in flight fails', () => {
    const r = run({}, [{ at: 4000, node: 'edge-mumbai', action: 'kill' }]);
    const mumbai = placeById('mumbai');
    const others = EDGE_SETS.many.map(placeById);
    const next = others[nearestAlive(mumbai, others, (i) => others[i]!.id !== 'mumbai')]!;
    expect(next.id).toBe('singapore');
    expect(rtt(r).mumbai!.servedBy).toBe('edge-singapore');
    const sent = traffic(r).mumbai!.sentTo;
    // 4 s of 10 before the kill, 6 s after.
    expect(sent['edge-mumbai']! / (sent['edge-mumbai']! + sent['edge-singapore']!)).toBeCloseTo(
      0.4,
      1,
    );
    expect(traffic(r).chennai!.sentTo['edge-singapore']).toBeGreaterThan(0);
    expect(errorShare(r)).toBeLessThan(0.01);
  });

  it('killing the origin leaves hits working: misses fail, hits do not', () => {
    const r = run({}, [{ at: 0, node: 'origin', action: 'kill' }]);
    const ok = r.requests.completed / r.requests.arrived;
    expect(ok).toBeGreaterThan(0.75);
    expect(ok).toBeLessThan(0.85);
    // Every failure is a miss; the misses still on their way back at the end have not failed yet.
    const misses = r.edgeMisses as number;
    expect(r.requests.failed).toBeLessThanOrEqual(misses);
    expect(r.requests.failed).toBeGreaterThan(misses * 0.97);
    const off = run({ cdn: false }, [{ at: 0, node: 'origin', action: 'kill' }]);
    expect(off.requests.completed).toBe(0);
  });

  it('with every edge down, users fall back to the origin directly', () => {
    const kills = EDGE_SETS.few.map((id) => ({
      at: 0,
      node: names.edge(id),
      action: 'kill' as const,
    }));
    const r = run({ edges: 'few' }, kills);
    expect(errorShare(r)).toBe(0);
    expect(rtt(r).sydney!.servedBy).toBe('origin');
    expect(r.originOffload).toBe(0);
  });
});

describe('cdn: parameters', () => {
  it('warns about odd combinations', () => {
    const notes = (over: Record<string, unknown>) =>
      scenario.notices!({ ...defaults(scenario.params), ...over } as never).join(' ');
    expect(notes({})).toBe('');
    expect(notes({ cdn: false })).toMatch(/CDN is off/);
    expect(notes({ edgeHitRatio: 0 })).toMatch(/every request misses/);
    expect(notes({ cdn: false, rps: 1000 })).toMatch(/1000 requests\/s will reach the origin/);
  });

  it('any legal parameters build and run: counts add up, every city is answered by a real part', () => {
    const arb = fc.record({
      cdn: fc.boolean(),
      edgeHitRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      edges: fc.constantFrom(...EDGE_SET_NAMES),
      originRegion: fc.constantFrom(...ORIGIN_SITES),
      rps: fc.integer({ min: 1, max: 2000 }),
      originMs: fc.double({ min: 1, max: 2000, noNaN: true }),
      edgeMs: fc.double({ min: 0.1, max: 500, noNaN: true }),
      originWorkers: fc.integer({ min: 1, max: 1024 }),
    });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 1000 }), (over, seed) => {
        const r = runToEnd({
          scenario: 'cdn',
          params: { ...defaults(scenario.params), ...over },
          seed,
          durationS: 1,
          commands: [],
        });
        const q = r.requests;
        expect(q.completed + q.rejected + q.timedOut + q.failed).toBeLessThanOrEqual(q.arrived);
        expect(r.originOffload).toBeGreaterThanOrEqual(0);
        expect(r.originOffload).toBeLessThanOrEqual(1);
        if (!over.cdn) expect(r.originOffload).toBe(0);
        const parts = new Set(r.nodes.map((n) => n.id));
        for (const c of CITIES) expect(parts.has(rtt(r)[c.id]!.servedBy)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it('is deterministic for a seed', () => {
    expect(run({ edges: 'few' }, [], 3)).toEqual(run({ edges: 'few' }, [], 3));
  });
});
