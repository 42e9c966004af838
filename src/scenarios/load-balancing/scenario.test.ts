import { describe, expect, it } from 'vitest';
import type { LoadBalancer, Server } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { RunSession, runToEnd, type RunInput, type RunResult } from '../run';

const scenario = getScenario('load-balancing')!;
const input = (over: Params = {}, seed = 1, durationS = 60): RunInput => ({
  scenario: 'load-balancing',
  params: { ...defaults(scenario.params), ...over },
  seed,
  durationS,
  commands: [],
});
const p99 = (r: RunResult) => r.latencyMs.p99;
const lightP99 = (r: RunResult) => (r.latencyByType as { light: { p99: number } }).light.p99;
type ServerRow = { id: string; share: number; sent: number; weight: number; workers: number };
const servers = (r: RunResult) => r.servers as ServerRow[];

describe('load-balancing: with heavy requests, load-aware strategies win on p99', () => {
  // The defaults: 4 servers about 70% busy, 1 request in 20 a heavy one 50 times the light.
  it.each([1, 2, 3, 4])(
    'seed %i: least-connections and p2c beat round-robin and random',
    (seed) => {
      const run = (strategy: string) => runToEnd(input({ strategy }, seed));
      const [rr, random, lc, p2c] = ['round-robin', 'random', 'least-connections', 'p2c'].map(run);
      const blind = Math.min(p99(rr!), p99(random!));
      expect(Math.max(p99(lc!), p99(p2c!))).toBeLessThan(blind);
      // Not by a hair: round-robin's p99 is at least half as long again as least-connections'.
      expect(p99(rr!) / p99(lc!)).toBeGreaterThan(1.5);
      // The light requests stuck behind heavy ones gain most.
      expect(lightP99(rr!) / lightP99(lc!)).toBeGreaterThan(2);
    },
  );

  it('the defaults are what the lesson says: about 70% busy, 5% heavy at 50 times the light', () => {
    const r = runToEnd(input());
    const load = (r.offeredRps as number) / (r.capacityRps as number);
    expect(load).toBeGreaterThan(0.65);
    expect(load).toBeLessThan(0.75);
    expect(r.params.heavyMs as number).toBe(50 * (r.params.lightMs as number));
  });

  it('without heavy requests the strategies are level: the gap comes from mixed work', () => {
    const rr = runToEnd(input({ strategy: 'round-robin', heavyFraction: 0 }));
    const lc = runToEnd(input({ strategy: 'least-connections', heavyFraction: 0 }));
    expect(p99(rr) / p99(lc)).toBeLessThan(1.15);
  });

  it('round-robin leaves requests waiting while workers elsewhere idle; least-connections does not', () => {
    const stranded = (strategy: string) => {
      const s = new RunSession(input({ strategy }, 1, 30), {
        frameMs: 100,
        traceCapacity: 0,
        tracedPerSecond: 0,
      });
      s.advance(s.durationMs);
      const g = s.model.gauges!.findIndex((x) => x.name === 'stranded');
      return s.frames.reduce((a, f) => a + f.gauges[g]!, 0) / s.frames.length;
    };
    const rr = stranded('round-robin');
    const lc = stranded('least-connections');
    expect(rr).toBeGreaterThan(1);
    expect(lc).toBeLessThan(rr / 5);
  });
});

describe('load-balancing: weights', () => {
  it('weights 4,1 on the weighted strategy send about four times the traffic to the first server', () => {
    const r = runToEnd(input({ strategy: 'weighted', servers: 2, weights: [4, 1] }));
    const [big, small] = servers(r);
    expect(big!.sent / small!.sent).toBeGreaterThan(3.9);
    expect(big!.sent / small!.sent).toBeLessThan(4.1);
    expect(big!.share).toBeCloseTo(0.8, 2);
    expect(big!.workers).toBe(4 * small!.workers);
  });

  it('round-robin on the same mixed hardware splits evenly and drowns the small server', () => {
    const rr = runToEnd(input({ strategy: 'round-robin', servers: 2, weights: [4, 1] }));
    const w = runToEnd(input({ strategy: 'weighted', servers: 2, weights: [4, 1] }));
    expect(servers(rr)[0]!.share).toBeCloseTo(0.5, 2);
    expect(rr.errorRate as number).toBeGreaterThan(0.05);
    expect(w.errorRate as number).toBe(0);
  });

  it('servers the list leaves out get weight 1', () => {
    const r = runToEnd(input({ strategy: 'weighted', servers: 3, weights: [2] }, 1, 10));
    expect(servers(r).map((s) => s.weight)).toEqual([2, 1, 1]);
    expect(servers(r)[0]!.share).toBeCloseTo(0.5, 2);
  });
});

describe('load-balancing: health checks', () => {
  // Killed at 21 s; with checks every 5 s the balancer notices at 25 s.
  const KILL = 21_000;
  const CHECK = 25_000;
  const arrivedAt = (s: RunSession, name: string) => (s.sim.get(name) as Server).stats!.arrived;

  it.each(['round-robin', 'least-connections', 'weighted', 'random', 'p2c'])(
    '%s: a killed server gets traffic that fails until the next check, and none after it',
    (strategy) => {
      const s = new RunSession({
        ...input({ strategy, healthCheckMs: 5000 }),
        commands: [{ at: KILL, node: 'server-2', action: 'kill' }],
      });
      s.advance(KILL);
      const before = arrivedAt(s, 'server-2');
      const served = (s.sim.get('server-2') as Server).stats!.served;
      const failedBefore = s.sim.metrics.failed;
      s.advance(CHECK - 1);
      const during = arrivedAt(s, 'server-2') - before;
      expect(during).toBeGreaterThan(50); // about a quarter of 160/s for 4 s, or more
      expect(s.sim.metrics.failed - failedBefore).toBeGreaterThanOrEqual(during);
      expect((s.sim.get('server-2') as Server).stats!.served).toBe(served);
      s.advance(CHECK);
      expect((s.sim.get('lb') as LoadBalancer).healthy[1]).toBe(0);
      const atCheck = arrivedAt(s, 'server-2');
      s.advance(s.durationMs);
      expect(arrivedAt(s, 'server-2')).toBe(atCheck);
    },
  );

  it('the scripted crash behaves like a kill, and the check interval sets the damage', () => {
    const failed = (healthCheckMs: number) =>
      runToEnd(input({ crashAtS: 20.5, healthCheckMs })).requests.failed;
    const fast = failed(1000);
    const slow = failed(10_000);
    expect(fast).toBeGreaterThan(0);
    expect(slow / fast).toBeGreaterThan(8);
  });

  it('least-connections sends a dead server more than its share: it fails fast, so looks idle', () => {
    const failed = (strategy: string) =>
      runToEnd(input({ strategy, crashAtS: 20.5, healthCheckMs: 10_000 })).requests.failed;
    expect(failed('least-connections')).toBeGreaterThan(1.5 * failed('round-robin'));
  });

  it('with checks off, a dead server keeps getting its share to the end', () => {
    const s = new RunSession({
      ...input({ healthCheckMs: 0 }, 1, 30),
      commands: [{ at: 10_000, node: 'server-1', action: 'kill' }],
    });
    s.advance(20_000);
    const mid = arrivedAt(s, 'server-1');
    s.advance(s.durationMs);
    expect(arrivedAt(s, 'server-1') - mid).toBeGreaterThan(300);
  });
});

describe('load-balancing: results and notices', () => {
  it('the JSON carries served and utilisation per server, and each one’s share', () => {
    const r = runToEnd(input({}, 1, 10));
    const nodes = r.nodes.filter((n) => n.kind === 'server');
    expect(nodes.map((n) => n.id)).toEqual(['server-1', 'server-2', 'server-3', 'server-4']);
    for (const n of nodes) {
      expect(n.served).toBeGreaterThan(0);
      expect(n.utilization).toBeGreaterThan(0);
    }
    const shares = servers(r).map((s) => s.share);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(r).toHaveProperty('latencyByType.heavy.p99');
  });

  it('is deterministic: same inputs, same numbers', () => {
    expect(runToEnd(input({ strategy: 'p2c' }, 7, 10))).toEqual(
      runToEnd(input({ strategy: 'p2c' }, 7, 10)),
    );
  });

  it('explains odd settings', () => {
    const notes = (over: Params) => scenario.notices!({ ...defaults(scenario.params), ...over });
    expect(notes({})).toEqual([]);
    expect(notes({ servers: 2, weights: [4, 1, 1] }).join(' ')).toMatch(/extra weights/);
    expect(notes({ healthCheckMs: 0 }).join(' ')).toMatch(/Health checks are off/);
    expect(notes({ rps: 1000 }).join(' ')).toMatch(/more than these servers can finish/);
  });
});
