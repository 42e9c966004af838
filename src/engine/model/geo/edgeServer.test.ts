import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { EdgeServer } from './edgeServer';
import { linkByDistance } from './links';
import { placeById } from './places';
import { Probe } from './testProbe';

function setup(hitRatio: number, seed = 1) {
  const sim = new Sim({ seed });
  const origin = new Server(sim, {
    name: 'origin',
    workers: 100,
    queueLimit: Infinity,
    service: constant(100),
  });
  const lookups: boolean[] = [];
  const edge = new EdgeServer(sim, {
    name: 'edge-mumbai',
    workers: 100,
    queueLimit: Infinity,
    service: constant(10),
    origin,
    hitRatio,
    onLookup: (_req, hit) => lookups.push(hit),
  });
  const probe = new Probe(sim);
  // The probe sits in Mumbai beside the edge; the origin is in Virginia.
  linkByDistance(sim, edge, placeById('mumbai'), origin, placeById('virginia'));
  return { sim, origin, edge, probe, lookups };
}

describe('EdgeServer', () => {
  it('answers a hit after its own processing, a miss after a trip to the origin', () => {
    const hit = setup(1);
    hit.probe.sendAt(0, hit.edge);
    hit.sim.runUntil(1000);
    expect(hit.probe.answers).toEqual([{ id: 1, at: 10, sentAt: 0, outcome: Outcome.ok }]);
    expect(hit.origin.stats!.arrived).toBe(0);

    const miss = setup(0);
    miss.probe.sendAt(0, miss.edge);
    miss.sim.runUntil(1000);
    // 10 ms at the edge, 2 x 12,850 km / 200,000 km/s there and back, 100 ms at the origin.
    const at = miss.probe.answers[0]!.at;
    expect(at).toBeGreaterThan(10 + 128 + 100);
    expect(at).toBeLessThan(10 + 129 + 100);
    expect(miss.origin.stats!.arrived).toBe(1);
  });

  it('hits about hitRatio of requests, drawn from its own stream, and reports each lookup', () => {
    const { sim, edge, probe, origin, lookups } = setup(0.8);
    for (let i = 0; i < 4000; i++) probe.sendAt(i, edge);
    sim.runUntil(10_000);
    expect(edge.hits + edge.misses).toBe(4000);
    expect(edge.hits / 4000).toBeGreaterThan(0.77);
    expect(edge.hits / 4000).toBeLessThan(0.83);
    expect(origin.stats!.arrived).toBe(edge.misses);
    expect(lookups.filter(Boolean)).toHaveLength(edge.hits);
    // Same seed, same draws.
    const again = setup(0.8);
    for (let i = 0; i < 4000; i++) again.probe.sendAt(i, again.edge);
    again.sim.runUntil(10_000);
    expect(again.edge.hits).toBe(edge.hits);
  });

  it('keeps answering hits when the origin is down; only misses fail', () => {
    const { sim, edge, probe, origin } = setup(0.7);
    sim.applyCommands([{ at: 0, node: 'origin', action: 'kill' }]);
    for (let i = 1; i <= 1000; i++) probe.sendAt(i, edge);
    sim.runUntil(5000);
    expect(probe.count(Outcome.ok)).toBe(edge.hits);
    expect(probe.count(Outcome.failed)).toBe(edge.misses);
    expect(origin.stats!.served).toBe(0);
  });

  it('fails what it holds when killed, including misses waiting on the origin', () => {
    const { sim, edge, probe } = setup(0);
    probe.sendAt(0, edge);
    sim.applyCommands([{ at: 50, node: 'edge-mumbai', action: 'kill' }]);
    probe.sendAt(60, edge);
    sim.runUntil(1000);
    expect(probe.answers.map((a) => [a.at, a.outcome])).toEqual([
      [50, Outcome.failed],
      [60, Outcome.failed],
    ]);
  });
});
