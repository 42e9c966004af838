import { describe, expect, it } from 'vitest';
import { SAMPLE_DESIGNS } from '../design/samples';
import { minimal, mk } from '../design/testDesigns';
import type { Design, Workload } from '../design/types';
import { compileDesign, type CompiledDesign } from '.';

const LIGHT: Partial<Workload> = { redirectsPerSec: 1000, createsPerSec: 50, durationS: 3 };

function run(d: Design, ms = 3000, kill?: { node: string; at: number }): CompiledDesign {
  const c = compileDesign(d, { seed: 7, durationMs: ms });
  if (!c.ok) throw new Error(c.issues.map((i) => i.message).join('; '));
  if (kill) c.model.sim.applyCommands([{ action: 'kill', ...kill }]);
  c.model.sim.runUntil(ms);
  return c.model;
}

const served = (m: CompiledDesign, part: string) =>
  (m.nodesOf.get(part) ?? []).reduce((s, n) => s + (n.stats?.served ?? 0), 0);
const light = (d: Design): Design => ({ ...d, workload: { ...d.workload, ...LIGHT } });

/** Clients, app servers reading a lagging replica, a primary taking the writes. */
const lagging = (cp: boolean) =>
  mk(
    [
      ['clients', 'u'],
      ['app', 'a'],
      ['primary', 'db'],
      ['replicas', 'r', { count: 1, lagMs: 1500 }],
    ],
    [
      ['u', 'a'],
      ['a', 'db'],
      ['a', 'r'],
      ['db', 'r'],
    ],
    LIGHT,
    cp,
  );

describe('compileDesign', () => {
  it('builds every part kind on the shared engine, and the scaled sample runs clean', () => {
    const m = run(light(SAMPLE_DESIGNS.scaled));
    for (const p of SAMPLE_DESIGNS.scaled.parts)
      if (p.kind !== 'clients') expect(m.nodesOf.get(p.id)?.length, p.id).toBeGreaterThan(0);
    expect(m.nodesOf.get('app')).toHaveLength(4);
    expect(m.nodesOf.get('replicas')).toHaveLength(2);
    expect(m.tally.redirects.errors).toBe(0);
    expect(m.tally.creates.ok).toBeGreaterThan(100);
    expect(m.tally.published).toBeGreaterThan(0);
  });

  it('refuses a design with errors and says why', () => {
    const c = compileDesign(mk([['clients', 'u']], []), { seed: 1, durationMs: 1000 });
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.issues[0]!.message).toMatch(/store|App servers/);
  });

  it('a cache in front cuts the reads reaching the database', () => {
    const plain = run(minimal(LIGHT));
    const cached = run(light(SAMPLE_DESIGNS.cached));
    expect(served(cached, 'db')).toBeLessThan(0.4 * served(plain, 'db'));
    expect(cached.tally.redirects.ok).toBeGreaterThan(2500);
  });

  it('a CDN answers popular redirects at the edge: fewer reach the app', () => {
    const withEdge = mk(
      [
        ['clients', 'u'],
        ['cdn', 'e', { hitRatio: 0.9 }],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [
        ['u', 'e'],
        ['e', 'a'],
        ['a', 'db'],
      ],
      LIGHT,
    );
    const m = run(withEdge);
    expect(served(m, 'a')).toBeLessThan(0.25 * m.tally.redirects.ok);
  });

  it('replica lag makes new links 404 for a while; reading them from the primary ends that', () => {
    const ap = run(lagging(false));
    expect(ap.tally.notFoundYet).toBeGreaterThan(20);
    const cp = run(lagging(true));
    expect(cp.tally.notFoundYet).toBe(0);
    expect(cp.tally.fresh.ok).toBeGreaterThan(20);
  });

  it('a sharded database spreads the new links over its shards', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['shards', 's', { count: 4 }],
      ],
      [
        ['u', 'a'],
        ['a', 's'],
      ],
      { ...LIGHT, createsPerSec: 400 },
    );
    const m = run(d);
    const perShard = m.nodesOf.get('s')!.map((n) => n.stats!.served);
    expect(perShard).toHaveLength(4);
    for (const n of perShard) expect(n).toBeGreaterThan(0.15 * perShard.reduce((a, b) => a + b, 0));
  });

  it('the counter is a single point of failure: kill it and no link can be made', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['keygen', 'k', { strategy: 'counter' }],
        ['primary', 'db'],
      ],
      [
        ['u', 'a'],
        ['a', 'k'],
        ['a', 'db'],
      ],
      LIGHT,
    );
    const m = run(d, 3000, { node: 'k', at: 1000 });
    const made = m.tally.creates.ok;
    expect(made).toBeGreaterThan(30);
    expect(made).toBeLessThan(70); // about one second's worth of 50 a second
    expect(m.tally.creates.failed).toBeGreaterThan(80);
    expect(m.tally.redirects.errors).toBe(0); // redirects never needed it
    expect(m.tally.duplicateCodes).toBe(0);
  });

  it('two counters hand out the same codes: the unique index turns the repeats away', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['balancer', 'lb'],
        ['app', 'a', { instances: 1 }],
        ['app', 'b', { instances: 1 }],
        ['keygen', 'k1', { strategy: 'counter' }],
        ['keygen', 'k2', { strategy: 'counter' }],
        ['primary', 'db'],
      ],
      [
        ['u', 'lb'],
        ['lb', 'a'],
        ['lb', 'b'],
        ['a', 'k1'],
        ['b', 'k2'],
        ['a', 'db'],
        ['b', 'db'],
      ],
      LIGHT,
    );
    const m = run(d);
    expect(m.tally.duplicateCodes).toBeGreaterThan(10);
    expect(m.registry.size).toBe(m.tally.codesMade);
  });

  it('key ranges ask the key service once per range, and every code is unique', () => {
    const m = run(light(SAMPLE_DESIGNS.scaled));
    const keys = m.nodesOf.get('keys')![0]!;
    // 4 app servers each take one block of 1,000 for some 150 creates.
    expect(keys.stats!.served).toBeLessThanOrEqual(4);
    expect(m.tally.duplicateCodes + m.tally.collisions).toBe(0);
  });

  it('the same seed gives the same run', () => {
    const a = run(light(SAMPLE_DESIGNS.cached), 1500);
    const b = run(light(SAMPLE_DESIGNS.cached), 1500);
    expect(a.sim.eventsProcessed).toBe(b.sim.eventsProcessed);
    expect(a.tally.redirects.latency.quantile(0.99)).toBe(b.tally.redirects.latency.quantile(0.99));
  });
});
