import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConnectionPool, type Lend } from './connectionPool';

type Op =
  | { k: 'acquire' }
  | { k: 'release' | 'opened' | 'failed' | 'cancel' | 'discard' | 'dropIdle'; i: number };

const pick = fc.nat(1000);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ k: 'acquire' as const }), weight: 4 },
  ...(['release', 'opened', 'failed', 'cancel', 'discard', 'dropIdle'] as const).map((k) => ({
    arbitrary: pick.map((i) => ({ k, i })),
    weight: k === 'release' || k === 'opened' ? 3 : 1,
  })),
);

/**
 * Drives a pool with random events next to a plain model of what it should do: who waits,
 * in what order, which connections are idle, in use or opening.
 */
function check(size: number, ops: readonly Op[]): void {
  const p = new ConnectionPool<number>(size);
  const line: number[] = []; // waiters, oldest first
  const inUse = new Map<number, number>(); // conn -> waiter
  const idle: number[] = []; // most recently returned last
  let opening: number[] = [];
  let next = 0;
  const take = <T>(xs: T[], i: number): T | undefined =>
    xs.length ? xs.splice(i % xs.length, 1)[0] : undefined;
  /** Every lend after waiting goes to the front of the line. */
  const served = (lend: Lend<number> | null, conn: number) => {
    if (lend === null) return void idle.push(conn);
    expect(lend.waiter).toBe(line.shift());
    inUse.set(conn, lend.waiter);
  };

  for (const o of ops) {
    switch (o.k) {
      case 'acquire': {
        const w = next++;
        const hadIdle = idle.length > 0;
        const lend = p.acquire(w);
        if (hadIdle) {
          // A returned connection is reused before any new one is opened.
          expect(lend?.conn).toBe(idle.pop());
          inUse.set(lend!.conn, w);
        } else {
          expect(lend).toBeNull();
          line.push(w);
        }
        break;
      }
      case 'release': {
        const conn = take([...inUse.keys()], o.i);
        if (conn === undefined) break;
        inUse.delete(conn);
        served(p.release(conn), conn);
        break;
      }
      case 'discard': {
        const conn = take([...inUse.keys()], o.i);
        if (conn === undefined) break;
        inUse.delete(conn);
        p.discard(conn);
        break;
      }
      case 'opened': {
        const conn = take(opening, o.i);
        if (conn !== undefined) served(p.opened(conn), conn);
        break;
      }
      case 'failed': {
        const conn = take(opening, o.i);
        if (conn === undefined) break;
        const uncovered = line.length > opening.length;
        const turned = p.openFailed(conn);
        expect(turned).toBe(uncovered ? line.shift() : null);
        break;
      }
      case 'cancel': {
        const w = take(line, o.i);
        if (w !== undefined) expect(p.cancel(w)).toBe(true);
        break;
      }
      case 'dropIdle':
        expect(p.dropIdle()).toBe(idle.length);
        idle.length = 0;
        break;
    }
    while (p.needsOpen()) opening.push(p.beginOpen());
    opening = opening.filter((c) => p.isOpening(c));

    // Never lends more than its size, never holds more than its size.
    expect(inUse.size).toBeLessThanOrEqual(size);
    expect(p.total).toBeLessThanOrEqual(size);
    expect(p.inUseCount).toBe(inUse.size);
    expect(p.idleCount).toBe(idle.length);
    expect(p.openingCount).toBe(opening.length);
    expect(p.waitingCount).toBe(line.length);
    // Nobody waits while a connection sits idle.
    if (p.idleCount > 0) expect(p.waitingCount).toBe(0);
  }
}

describe('ConnectionPool properties', () => {
  it('lends at most its size, reuses before opening, and serves the line in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 200 }), check),
      { numRuns: 300 },
    );
  });

  it('with room to spare, opens exactly one connection per uncovered waiter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        const p = new ConnectionPool<number>(1000);
        for (let w = 0; w < n; w++) p.acquire(w);
        let opened = 0;
        while (p.needsOpen()) {
          p.beginOpen();
          opened++;
        }
        expect(opened).toBe(n);
      }),
    );
  });
});
