import { describe, expect, it } from 'vitest';
import { MenuStore } from './menuStore';
import { ORIGIN_STAMP } from './register';

describe('MenuStore: one replica’s copy of the menu', () => {
  it('starts every key at its starting value, seen by no write', () => {
    const m = new MenuStore(1, 3, [120, 80]);
    expect(m.size).toBe(2);
    expect(m.get(1)).toEqual({ value: 80, stamp: ORIGIN_STAMP, vv: [0, 0, 0] });
    expect(() => m.get(2)).toThrow(RangeError);
  });

  it('stamps a write with this replica and counts it in its own entry', () => {
    const m = new MenuStore(1, 3, [120]);
    const a = m.write(0, 130, 50);
    const b = m.write(0, 140, 50);
    expect(a.stamp).toEqual({ at: 50, node: 1, seq: 1 });
    // Same millisecond: nudged after what it overwrote, so it still sorts later.
    expect(b.stamp.at).toBeGreaterThan(50);
    expect(b.vv).toEqual([0, 2, 0]);
    expect(m.get(0).value).toBe(140);
  });

  it('merges another replica’s version and reports conflicts', () => {
    const here = new MenuStore(0, 3, [100]);
    const there = new MenuStore(1, 3, [100]);
    const mine = here.write(0, 110, 10);
    const theirs = there.write(0, 120, 20);
    const r = here.merge(0, theirs);
    expect(r.conflict).toBe(true);
    expect(r.loser).toBe(mine);
    expect(here.get(0)).toEqual({ value: 120, stamp: theirs.stamp, vv: [1, 1, 0] });
    // A later write here has seen both, so it is an ordinary update for the other side.
    expect(there.merge(0, here.write(0, 130, 30)).conflict).toBe(false);
  });
});
