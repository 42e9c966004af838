import { describe, expect, it } from 'vitest';
import { ConfirmedVersions, mostCaughtUp } from './freshness';
import { ReplicationLog } from './log';

describe('ConfirmedVersions', () => {
  it('keeps the newest confirmed version per account, and forgets lost ones on rebuild', () => {
    const log = new ReplicationLog();
    log.append(0, 1, 0); // v1: debits 0, credits 1
    log.append(1, -1, 1); // v2
    const c = new ConfirmedVersions(3);
    c.raise(log, 1);
    c.raise(log, 0); // confirmed out of order: the newer one stays
    expect([c.of(0), c.of(1), c.of(2), c.of(99)]).toEqual([1, 2, 0, 0]);
    log.markConfirmed(0);
    log.markConfirmed(1);
    log.truncate(1); // v2 was lost in a failover
    c.rebuild(log);
    expect([c.of(0), c.of(1)]).toEqual([1, 1]);
  });
});

describe('mostCaughtUp', () => {
  it('picks the live copy with the most applied, never the old primary, lowest on a tie', () => {
    const m = (alive: boolean, applied: number) => ({ alive, applied });
    expect(mostCaughtUp([m(false, 9), m(true, 4), m(true, 6), m(true, 6)], 0)).toBe(2);
    expect(mostCaughtUp([m(false, 9), m(false, 8), m(true, 1)], 0)).toBe(2);
    expect(mostCaughtUp([m(false, 9), m(false, 8)], 0)).toBe(-1);
  });
});
