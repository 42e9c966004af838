import { describe, expect, it } from 'vitest';
import { ConsistencyLedger } from './ledger';
import { reconcile, type VersionedValue } from './register';

const v = (value: number, at: number, node: number, vv: number[]): VersionedValue => ({
  value,
  stamp: { at, node, seq: vv[node] ?? 0 },
  vv,
});

describe('ConsistencyLedger', () => {
  it('keeps the newest confirmed write of each key', () => {
    const l = new ConsistencyLedger(2);
    l.confirmed(0, { at: 20, node: 1, seq: 1 });
    l.confirmed(0, { at: 10, node: 0, seq: 1 }); // confirmed later, but older
    expect(l.latestConfirmed(0)).toEqual({ at: 20, node: 1, seq: 1 });
    expect(l.latestConfirmed(1).node).toBe(-1);
  });

  it('calls a read stale when it returns something older than what was confirmed', () => {
    const l = new ConsistencyLedger(1);
    const before = { at: 20, node: 1, seq: 1 };
    expect(l.read({ at: 10, node: 0, seq: 1 }, before)).toBe(true);
    expect(l.read(before, before)).toBe(false);
    expect(l.read({ at: 30, node: 2, seq: 1 }, before)).toBe(false);
    expect(l.staleReads).toBe(1);
  });

  it('counts each conflict and each lost value once, however many replicas meet them', () => {
    const l = new ConsistencyLedger(1);
    const a = v(110, 10, 0, [1, 0, 0]);
    const b = v(120, 20, 1, [0, 1, 0]);
    l.conflict(0, reconcile(a, b), 100, true);
    l.conflict(0, reconcile(b, a), 105, true);
    expect([l.conflicts, l.lostWrites, l.splitConflicts, l.splitLostWrites]).toEqual([1, 1, 1, 1]);
    expect(l.lostLog).toEqual([
      {
        at: 100,
        key: 0,
        value: 110,
        node: 0,
        writtenAt: 10,
        winnerValue: 120,
        winnerNode: 1,
        winnerAt: 20,
        fromSplit: true,
      },
    ]);
    // A third side, later than both: a new conflict; b's value is lost too.
    const c = v(130, 30, 2, [0, 0, 1]);
    l.conflict(0, reconcile(reconcile(a, b).merged, c), 110);
    expect([l.conflicts, l.lostWrites, l.splitConflicts]).toEqual([2, 2, 1]);
    // Ordinary updates are ignored.
    l.conflict(0, reconcile(a, v(140, 40, 0, [2, 0, 0])), 120);
    expect(l.conflicts).toBe(2);
  });

  it('stops logging at its limit, for calm times and splits apart, but keeps counting', () => {
    const l = new ConsistencyLedger(8, 2);
    const r = reconcile(v(1, 1, 0, [1, 0, 0]), v(2, 2, 1, [0, 1, 0]));
    for (let k = 0; k < 5; k++) l.conflict(k, r, k);
    for (let k = 5; k < 8; k++) l.conflict(k, r, k, true);
    expect(l.lostWrites).toBe(8);
    expect(l.lostLog.map((w) => [w.key, w.fromSplit])).toEqual([
      [0, false],
      [1, false],
      [5, true],
      [6, true],
    ]);
  });
});
