import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { greatCircleKm, roundTripMs } from './distance';
import { NearestRouter } from './nearestRouter';
import { placeById } from './places';
import { Probe } from './testProbe';

const at = placeById;

function setup(withFallback = true) {
  const sim = new Sim({ seed: 3 });
  const server = (name: string) =>
    new Server(sim, { name, workers: 10, queueLimit: Infinity, service: constant(5) });
  const mumbai = server('edge-mumbai');
  const singapore = server('edge-singapore');
  const london = server('edge-london');
  const origin = server('origin');
  const router = new NearestRouter(sim, {
    name: 'route-chennai',
    at: at('chennai'),
    targets: [
      { node: london, at: at('london') },
      { node: singapore, at: at('singapore') },
      { node: mumbai, at: at('mumbai') },
    ],
    ...(withFallback ? { fallback: { node: origin, at: at('virginia') } } : {}),
  });
  const probe = new Probe(sim);
  return { sim, router, probe, mumbai, singapore, london, origin };
}

describe('NearestRouter', () => {
  it('ranks its targets by distance and pays the fibre round trip to the nearest', () => {
    const { sim, router, probe, mumbai } = setup();
    expect(router.order.map((n) => n.name)).toEqual([
      'edge-mumbai',
      'edge-singapore',
      'edge-london',
      'origin',
    ]);
    probe.sendAt(0, router);
    sim.runUntil(1000);
    const rtt = roundTripMs(greatCircleKm(at('chennai'), at('mumbai')));
    expect(probe.answers[0]!.at).toBeCloseTo(rtt + 5, 9);
    expect(mumbai.stats!.served).toBe(1);
  });

  it('moves to the next nearest when one dies, and back when it returns', () => {
    const { sim, router, probe, mumbai, singapore } = setup();
    sim.applyCommands([
      { at: 100, node: 'edge-mumbai', action: 'kill' },
      { at: 200, node: 'edge-mumbai', action: 'restart' },
    ]);
    for (const t of [0, 150, 250]) probe.sendAt(t, router);
    sim.runUntil(1000);
    expect(probe.count(Outcome.ok)).toBe(3);
    expect(mumbai.stats!.served).toBe(2);
    expect(singapore.stats!.served).toBe(1);
    expect(Array.from(router.sent)).toEqual([2, 1, 0, 0]);
  });

  it('falls back when every target is down, and fails without a fallback', () => {
    const down = (s: ReturnType<typeof setup>) =>
      s.sim.applyCommands(
        ['edge-mumbai', 'edge-singapore', 'edge-london'].map((node) => ({
          at: 0,
          node,
          action: 'kill' as const,
        })),
      );
    const a = setup(true);
    down(a);
    a.probe.sendAt(1, a.router);
    a.sim.runUntil(1000);
    expect(a.router.current()?.name).toBe('origin');
    expect(a.probe.answers[0]!.outcome).toBe(Outcome.ok);
    expect(a.origin.stats!.served).toBe(1);

    const b = setup(false);
    down(b);
    b.probe.sendAt(1, b.router);
    b.sim.runUntil(1000);
    expect(b.router.current()).toBeNull();
    expect(b.probe.answers[0]!.outcome).toBe(Outcome.failed);
  });
});
