import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Outcome } from '../../kernel/request';
import type { ConsistencyMode } from './replica';
import { rig } from './testRig';

/** Orders at random times, cities, kinds and keys, and links cut and healed at random. */
const schedule = fc.record({
  orders: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 400 }),
      city: fc.integer({ min: 0, max: 2 }),
      write: fc.boolean(),
      key: fc.integer({ min: 0, max: 1 }),
    }),
    { maxLength: 40 },
  ),
  cuts: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 400 }),
      pair: fc.constantFrom([0, 1], [0, 2], [1, 2]),
      up: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
});

type Schedule = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

function run(mode: ConsistencyMode, s: Schedule) {
  const r = rig(mode);
  for (const o of s.orders)
    r.customers[o.city]!.order(o.at, o.write ? 'write' : 'read', o.key, r.replicas[o.city]!);
  for (const c of s.cuts) r.link(c.at, c.pair[0]!, c.pair[1]!, c.up);
  // Everything heals at the end, and there is time for the swaps to land.
  for (const [i, j] of [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const)
    r.link(500, i, j, true);
  r.sim.runUntil(1000);
  return r;
}

describe('whatever the orders and the cuts', () => {
  it('CP never answers a read with a value older than a confirmed write', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const { ledger, customers } = run('cp', s);
        expect(ledger.staleReads).toBe(0);
        expect(customers.flatMap((c) => c.answers)).toHaveLength(s.orders.length);
      }),
      { numRuns: 60 },
    );
  });

  it('AP answers every order, and the copies agree once the links are back', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const { replicas, customers, ledger } = run('ap', s);
        const answers = customers.flatMap((c) => c.answers);
        expect(answers.every((a) => a.outcome === Outcome.ok)).toBe(true);
        for (const key of [0, 1]) {
          const [a, b, c] = replicas.map((r) => r.store.get(key));
          expect(b).toEqual(a);
          expect(c).toEqual(a);
        }
        expect(ledger.lostWrites).toBeLessThanOrEqual(ledger.conflicts);
      }),
      { numRuns: 60 },
    );
  });
});
