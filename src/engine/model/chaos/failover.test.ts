import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Sim } from '../../kernel/sim';
import { placeById } from '../geo/places';
import { Server } from '../server';
import { FailoverRouter } from './failoverRouter';
import { Region } from './region';
import { RegionHealthChecker } from './regionHealth';
import { TestTarget } from './testTarget';

describe('Region', () => {
  it('takes every part down at once and brings them all back', () => {
    const sim = new Sim({ seed: 1 });
    const parts = [
      new TestTarget(sim, 'lb'),
      new TestTarget(sim, 'app'),
      new TestTarget(sim, 'db'),
    ];
    const changes: boolean[] = [];
    const r = new Region(sim, { name: 'region-a', parts, onChange: (_r, up) => changes.push(up) });
    sim.applyCommands([
      { at: 100, node: 'region-a', action: 'kill' },
      { at: 150, node: 'region-a', action: 'kill' },
      { at: 200, node: 'region-a', action: 'restart' },
    ]);
    sim.runUntil(120);
    expect(parts.every((p) => !p.alive)).toBe(true);
    sim.runUntil(300);
    expect(parts.every((p) => p.alive)).toBe(true);
    expect(r.outages).toBe(1);
    expect(changes).toEqual([false, true]);
  });
});

describe('RegionHealthChecker', () => {
  it('changes its mind only after detectMs of failed probes, then after detectMs of passes', () => {
    const sim = new Sim({ seed: 1 });
    let up = true;
    const seen: Array<[number, boolean, number]> = [];
    const h = new RegionHealthChecker(sim, {
      name: 'health',
      probes: [() => up, () => true],
      probeMs: 10_000,
      detectMs: 30_000,
      onChange: (i, u, at) => seen.push([i, u, at]),
    });
    sim.at(15_000, h, 99); // an unknown event kind: ignored
    sim.runUntil(15_000);
    up = false;
    sim.runUntil(45_000);
    expect(h.believedUp(0)).toBe(true); // failing since the 20 s probe: not yet 30 s
    sim.runUntil(50_000);
    expect(h.believedUp(0)).toBe(false);
    expect(h.believedUp(1)).toBe(true);
    up = true;
    sim.runUntil(200_000);
    expect(seen).toEqual([
      [0, false, 50_000],
      [0, true, 90_000],
    ]);
    expect(h.version).toBe(2);
  });

  it('ignores a single lost probe', () => {
    const sim = new Sim({ seed: 1 });
    let up = true;
    const h = new RegionHealthChecker(sim, {
      name: 'h',
      probes: [() => up],
      probeMs: 10_000,
      detectMs: 20_000,
    });
    sim.runUntil(15_000);
    up = false;
    sim.runUntil(25_000);
    up = true;
    sim.runUntil(100_000);
    expect(h.version).toBe(0);
  });
});

describe('FailoverRouter', () => {
  function setup(failover: boolean) {
    const sim = new Sim({ seed: 5 });
    const server = (name: string) =>
      new Server(sim, { name, workers: 100, queueLimit: Infinity, service: constant(1) });
    const virginia = server('lb-virginia');
    const frankfurt = server('lb-frankfurt');
    const mumbai = server('lb-mumbai');
    const beliefs = {
      up: [true, true, true],
      version: 0,
      lastChangeAt: 0,
      believedUp(i: number) {
        return this.up[i]!;
      },
    };
    const router = new FailoverRouter(sim, {
      name: 'dns-new-york',
      at: placeById('new-york'),
      regions: [
        { node: mumbai, at: placeById('mumbai') },
        { node: virginia, at: placeById('virginia') },
        { node: frankfurt, at: placeById('frankfurt') },
      ],
      home: 1,
      failover,
      beliefs,
      propagationMs: 100_000,
    });
    return { sim, router, beliefs };
  }

  it('falls back from home to the nearest other region', () => {
    expect(setup(true).router.order).toEqual([1, 2, 0]);
  });

  it('moves users over gradually within the DNS TTL once home is believed down', () => {
    const { sim, router, beliefs } = setup(true);
    sim.runUntil(10_000);
    beliefs.up[1] = false;
    beliefs.version++;
    beliefs.lastChangeAt = 10_000;
    const share = (t: number) => {
      sim.runUntil(t);
      let moved = 0;
      for (let k = 0; k < 2000; k++)
        if (router.pick(sim.newRequest('read', 0, 0, 0)) === 2) moved++;
      return moved / 2000;
    };
    expect(share(10_000)).toBe(0);
    expect(share(35_000)).toBeCloseTo(0.25, 1);
    expect(share(85_000)).toBeCloseTo(0.75, 1);
    expect(share(110_000)).toBe(1);
    expect([router.from, router.to]).toEqual([1, 2]);
  });

  it('gives a retried request the same answer as its first attempt', () => {
    const { sim, router, beliefs } = setup(true);
    beliefs.up[1] = false;
    beliefs.version++;
    sim.runUntil(50_000);
    const reqs = Array.from({ length: 200 }, () => sim.newRequest('read', 0, 0, 0));
    const first = reqs.map((r) => router.pick(r));
    expect(reqs.map((r) => router.pick(r))).toEqual(first);
  });

  it('with failover off, keeps sending users home', () => {
    const { sim, router, beliefs } = setup(false);
    beliefs.up[1] = false;
    beliefs.version++;
    sim.runUntil(500_000);
    expect(router.pick(sim.newRequest('read', 0, 0, 0))).toBe(1);
  });
});
