import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { ConnectionPooler } from './connectionPooler';
import { ContendedDatabase } from './contendedDatabase';
import { HopPhase } from '../../metrics/trace';
import { hopsOf, Probe } from './testProbe';

interface Setup {
  pooled?: boolean;
  size?: number;
  maxConnections?: number;
  waitTimeoutMs?: number;
  queryMs?: number;
}

/** Connect takes 30 ms and a query 10 ms, exactly; no link delays. */
function setup({
  pooled = true,
  size = 2,
  maxConnections = 100,
  waitTimeoutMs = Infinity,
  queryMs = 10,
}: Setup = {}) {
  const sim = new Sim({ seed: 1 });
  const db = new ContendedDatabase(sim, {
    name: 'db',
    cores: 64,
    contention: 0,
    maxConnections,
    query: constant(queryMs),
  });
  const pool = new ConnectionPooler(sim, {
    name: 'pool',
    db,
    size,
    pooled,
    connect: constant(30),
    waitTimeoutMs,
  });
  return { sim, db, pool, probe: new Probe(sim) };
}

describe('ConnectionPooler with a pool', () => {
  it('opens up to its size, lends to the line in order, and reuses after', () => {
    const { sim, db, pool, probe } = setup();
    probe.sendAt(0, pool, 3);
    probe.sendAt(100, pool);
    sim.runUntil(200);
    // Two connections open by 30; the third request waits for the first one back at 40.
    expect(probe.timeline()).toEqual([
      [1, 40, Outcome.ok],
      [2, 40, Outcome.ok],
      [3, 50, Outcome.ok],
      [4, 110, Outcome.ok],
    ]);
    expect(pool.opened).toBe(2);
    expect([pool.open, pool.idle, db.connections]).toEqual([2, 2, 2]);
    expect(pool.waitTime.max).toBeCloseTo(40, 9);
    expect(pool.waitTime.min).toBe(0);
  });

  it('a request that waits past the timeout gets an error, and the line moves on', () => {
    const { sim, pool, probe } = setup({ size: 1, waitTimeoutMs: 35, queryMs: 20 });
    probe.sendAt(0, pool, 2);
    sim.runUntil(200);
    expect(probe.timeline()).toEqual([
      [2, 35, Outcome.timedOut],
      [1, 50, Outcome.ok],
    ]);
    expect(probe.answers[0]!.note).toMatch(/no free connection within 35 ms/);
    expect(pool.waitTimeouts).toBe(1);
  });

  it('a pool larger than the database allows gets refusals: the longest waiter is told no', () => {
    const { sim, db, pool, probe } = setup({ size: 3, maxConnections: 2 });
    probe.sendAt(0, pool, 3);
    sim.runUntil(200);
    expect(probe.timeline()).toEqual([
      [3, 30, Outcome.failed],
      [1, 40, Outcome.ok],
      [2, 40, Outcome.ok],
    ]);
    expect(probe.answers[0]!.note).toMatch(/too many connections/);
    expect([pool.refusals, db.refused, pool.open]).toEqual([1, 1, 2]);
  });

  it('when the database dies, in-use and idle connections are gone; after a restart it reconnects', () => {
    const { sim, db, pool, probe } = setup({ size: 2 });
    probe.sendAt(0, pool, 2);
    probe.sendAt(100, pool); // reuses one of the two idle, then is killed mid-query
    sim.applyCommands([
      { at: 105, node: 'db', action: 'kill' },
      { at: 150, node: 'db', action: 'restart' },
    ]);
    probe.sendAt(110, pool); // its connection completes while the database is down: refused
    probe.sendAt(200, pool);
    sim.runUntil(300);
    expect(probe.timeline().slice(2)).toEqual([
      [3, 105, Outcome.failed],
      [4, 140, Outcome.failed],
      [5, 240, Outcome.ok],
    ]);
    expect(probe.answers[3]!.note).toMatch(/db is down/);
    expect([pool.open, pool.inUse, db.connections]).toEqual([1, 0, 1]);
  });

  it('killing the pool fails everyone it holds; a restart starts empty', () => {
    const { sim, db, pool, probe } = setup({ size: 1 });
    probe.sendAt(0, pool, 3);
    sim.applyCommands([
      { at: 35, node: 'pool', action: 'kill' },
      { at: 60, node: 'pool', action: 'restart' },
    ]);
    probe.sendAt(50, pool);
    probe.sendAt(70, pool);
    sim.runUntil(200);
    expect(probe.timeline()).toEqual([
      [1, 35, Outcome.failed],
      [2, 35, Outcome.failed],
      [3, 35, Outcome.failed],
      [4, 50, Outcome.failed],
      [5, 110, Outcome.ok],
    ]);
    expect(db.connections).toBe(1);
  });

  it('when the run stops, requests still in line are traced as waiting up to then', () => {
    const { sim, pool, probe } = setup({ size: 1 });
    probe.sendAt(0, pool, 3);
    sim.runUntil(35);
    // Request 1 got the connection opened for it at 30 (traced then, as its opening);
    // 2 and 3 are still in line and nothing of their wait is known yet.
    expect(hopsOf(sim, HopPhase.queue)).toEqual([]);
    sim.endRun();
    expect(hopsOf(sim, HopPhase.queue)).toEqual([
      [2, 0, 35],
      [3, 0, 35],
    ]);
    const direct = setup({ pooled: false });
    direct.probe.sendAt(0, direct.pool, 2);
    direct.sim.runUntil(20);
    direct.sim.endRun();
    // Without a pool they are opening their own connections: traced as being worked on.
    expect(hopsOf(direct.sim, HopPhase.service)).toEqual([
      [1, 0, 20],
      [2, 0, 20],
    ]);
  });

  it('slow makes opening connections take longer', () => {
    const { sim, pool, probe } = setup();
    sim.applyCommands([{ at: 0, node: 'pool', action: 'slow', factor: 2 }]);
    probe.sendAt(1, pool);
    sim.runUntil(200);
    expect(probe.answers[0]!.at).toBe(71);
  });
});

describe('ConnectionPooler without a pool', () => {
  it('every request opens its own connection and closes it', () => {
    const { sim, db, pool, probe } = setup({ pooled: false });
    probe.sendAt(0, pool, 3);
    probe.sendAt(100, pool);
    sim.runUntil(200);
    expect(probe.answers.map((a) => a.at)).toEqual([40, 40, 40, 140]);
    expect(pool.opened).toBe(4);
    expect(pool.waitTime.mean()).toBeCloseTo(30, 9);
    expect([pool.open, db.connections, db.peakConnections]).toEqual([0, 0, 3]);
  });

  it('past the database limit, requests are refused', () => {
    const { sim, pool, probe } = setup({ pooled: false, maxConnections: 2 });
    probe.sendAt(0, pool, 3);
    sim.runUntil(200);
    expect(probe.answers.map((a) => a.outcome)).toEqual([Outcome.failed, Outcome.ok, Outcome.ok]);
    expect(pool.refusals).toBe(1);
  });

  it('shows requests opening connections as waiting and as opening', () => {
    const { sim, pool, probe } = setup({ pooled: false });
    probe.sendAt(0, pool, 2);
    sim.runUntil(10);
    expect([pool.waiting, pool.opening, pool.inUse]).toEqual([2, 2, 0]);
    sim.runUntil(35);
    expect([pool.waiting, pool.opening, pool.inUse]).toEqual([0, 0, 2]);
  });
});
