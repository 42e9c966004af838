import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BaseNode, KeyService, Outcome, Sim, constant, type Call } from '../../engine';
import { uniqueIndex } from '../compile/codeMakers';
import {
  codeLength,
  CodeRegistry,
  Counter,
  fromBase62,
  hashCode,
  hashCodeNumber,
  hashCollisionChance,
  RangeAllocator,
  RangeHolder,
  toBase62,
} from '.';

describe('base62', () => {
  it('writes and reads back any code number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 62 ** 8 - 1 }), (n) => {
        expect(fromBase62(toBase62(n))).toBe(n);
      }),
    );
    expect(toBase62(61)).toBe('Z');
    expect(toBase62(62, 3)).toBe('010');
    expect(fromBase62('a-b')).toBeNull();
  });

  it('seven characters cover 100 million links many times over', () => {
    expect(codeLength(100_000_000)).toBe(5);
    expect(62 ** 7).toBeGreaterThan(3.5e12);
  });
});

/** A caller that asks a service at a given moment and keeps what it answered. */
class Asker extends BaseNode {
  readonly got: number[] = [];
  receive(): void {}
  ask(target: KeyService, at: number): void {
    this.sim.schedule(at, this, 100, target);
  }
  override handle(_kind: number, target: unknown): void {
    const req = this.sim.newRequest('write', 0, 0, 0);
    this.sim.call(req, this, target as KeyService);
  }
  override onReply(call: Call): void {
    if (call.outcome === Outcome.ok) this.got.push(call.value);
  }
}

function service(issue: () => number) {
  const sim = new Sim({ seed: 1 });
  const ks = new KeyService(sim, {
    name: 'keys',
    workers: 1,
    queueLimit: 100,
    service: constant(0.001),
    issue,
  });
  return {
    sim,
    ks,
    a: new Asker(sim, 'a', 'client', null),
    b: new Asker(sim, 'b', 'client', null),
  };
}

describe('two creates in the same microsecond', () => {
  it('counter: the one service puts them in order, so the codes differ', () => {
    const c = new Counter(100);
    const { sim, ks, a, b } = service(() => c.next());
    a.ask(ks, 5);
    b.ask(ks, 5);
    sim.runUntil(10);
    expect([...a.got, ...b.got].sort()).toEqual([101, 102]);
  });

  it('key ranges: two servers get blocks that never overlap', () => {
    const alloc = new RangeAllocator(1000, 100);
    const { sim, ks, a, b } = service(() => alloc.allocate().start);
    a.ask(ks, 5);
    b.ask(ks, 5);
    sim.runUntil(10);
    const [x, y] = [a.got[0]!, b.got[0]!].sort((p, q) => p - q);
    expect(y! - x!).toBeGreaterThanOrEqual(1000);
    // Each server then makes codes from its own block with no one to ask.
    const ha = new RangeHolder();
    const hb = new RangeHolder();
    ha.fill({ start: x!, end: x! + 1000 });
    hb.fill({ start: y!, end: y! + 1000 });
    const codes = new Set<number>();
    for (let i = 0; i < 1000; i++) for (const h of [ha, hb]) codes.add(h.take()!);
    expect(codes.size).toBe(2000);
    expect(ha.take()).toBeNull();
  });

  it('hash: two URLs can meet on one code; the unique index finds it and a salt moves on', () => {
    // A space of 1,000 codes: 60 URLs are likely to meet (the birthday problem).
    const registry = new CodeRegistry();
    let retries = 0;
    for (let k = 0; k < 60; k++) {
      let attempt = 0;
      while (!registry.claim(hashCodeNumber(`https://e.com/${k}`, attempt, 1000))) {
        attempt++;
        retries++;
      }
    }
    expect(retries).toBeGreaterThan(0);
    expect(registry.size).toBe(60);
    expect(hashCode('https://e.com/1')).toHaveLength(6);
  });

  it('ranges never overlap, whatever the sizes and order of requests', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 40 }), (size, n) => {
        const a = new RangeAllocator(size, 7);
        const blocks = Array.from({ length: n }, () => a.allocate());
        for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
        expect(blocks[0]!.start).toBe(8);
      }),
    );
  });
});

describe('hash collisions', () => {
  it('rise with the number of links already stored', () => {
    expect(hashCollisionChance(1e8)).toBeCloseTo(1e8 / 62 ** 6, 12);
    expect(hashCollisionChance(1e9)).toBeCloseTo(10 * hashCollisionChance(1e8), 12);
    const count = (existing: number) => {
      const sim = new Sim({ seed: 3 });
      const { claim } = uniqueIndex('hash', existing, sim.rng.stream('draws'));
      let n = 0;
      for (let i = 0; i < 20_000; i++) if (claim(i) === 'collision') n++;
      return n;
    };
    const few = count(1e8);
    const many = count(1e10);
    expect(few).toBeLessThan(100);
    expect(many).toBeGreaterThan(20 * Math.max(1, few));
  });
});

describe('the counter', () => {
  it('restored from an old backup hands out codes again; the unique index refuses them', () => {
    const c = new Counter(0);
    const saved = c.snapshot();
    const before = [c.next(), c.next(), c.next()];
    c.restore(saved);
    const after = [c.next(), c.next()];
    expect(after).toEqual(before.slice(0, 2));
    const { claim } = uniqueIndex('counter', 0, new Sim({ seed: 1 }).rng.stream('x'));
    expect(before.map(claim)).toEqual(['ok', 'ok', 'ok']);
    expect(after.map(claim)).toEqual(['duplicate', 'duplicate']);
  });
});
