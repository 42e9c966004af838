import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { ContendedDatabase } from './contendedDatabase';
import { Probe } from './testProbe';

function setup(cores: number, contention = 0, maxConnections = 3, queryMs = 10) {
  const sim = new Sim({ seed: 1 });
  const db = new ContendedDatabase(sim, {
    name: 'db',
    cores,
    contention,
    maxConnections,
    query: constant(queryMs),
  });
  return { sim, db, probe: new Probe(sim) };
}

describe('ContendedDatabase', () => {
  it('refuses connections past its limit and takes them again once some close', () => {
    const { db } = setup(4, 0, 2);
    expect([db.tryConnect(), db.tryConnect(), db.tryConnect()]).toEqual([true, true, false]);
    expect(db.refused).toBe(1);
    db.disconnect();
    expect(db.tryConnect()).toBe(true);
    expect(db.peakConnections).toBe(2);
  });

  it('queries within the cores take their own time; past them, they share', () => {
    const { sim, db, probe } = setup(2);
    probe.sendAt(0, db, 2);
    probe.sendAt(100, db, 3);
    sim.runUntil(200);
    // Two on two cores: 10 ms. Three on two cores: each at 2/3 speed, 15 ms.
    expect(probe.answers.map((a) => a.at)).toEqual([10, 10, 115, 115, 115]);
    expect(db.peakActive).toBe(3);
    expect(db.queryTime.max).toBeCloseTo(15, 9);
  });

  it('contention makes the same crowd slower still', () => {
    const { sim, db, probe } = setup(2, 0.5);
    probe.sendAt(0, db, 3);
    sim.runUntil(100);
    // Speed each: (2/3) / (1 + 0.5 x 1) = 4/9, so 10 ms of work takes 22.5 ms.
    expect(probe.answers[0]!.at).toBeCloseTo(22.5, 9);
  });

  it('reports busy cores and queries beyond them as its load', () => {
    const { sim, db, probe } = setup(2);
    probe.sendAt(0, db, 5);
    sim.runUntil(1);
    expect([db.stats!.busy, db.stats!.queued]).toEqual([2, 3]);
  });

  it('a kill fails running queries, forgets connections and tells its listeners', () => {
    const { sim, db, probe } = setup(1);
    let resets = 0;
    db.onReset(() => resets++);
    db.tryConnect();
    probe.sendAt(0, db, 2);
    sim.applyCommands([
      { at: 5, node: 'db', action: 'kill' },
      { at: 50, node: 'db', action: 'restart' },
    ]);
    probe.sendAt(20, db);
    probe.sendAt(60, db);
    sim.runUntil(100);
    expect(probe.timeline()).toEqual([
      [1, 5, Outcome.failed],
      [2, 5, Outcome.failed],
      [3, 20, Outcome.failed],
      [4, 70, Outcome.ok],
    ]);
    expect(resets).toBe(1);
    expect(db.connections).toBe(0);
    expect(db.stats!.dropped).toBe(3);
  });

  it('refuses connections while down; slow multiplies query work until restored', () => {
    const { sim, db, probe } = setup(4);
    sim.applyCommands([
      { at: 0, node: 'db', action: 'slow', factor: 3 },
      { at: 50, node: 'db', action: 'restore' },
    ]);
    probe.sendAt(1, db);
    probe.sendAt(60, db);
    sim.runUntil(100);
    expect(probe.answers.map((a) => a.at)).toEqual([31, 70]);
    db.command({ action: 'kill' });
    expect(db.tryConnect()).toBe(false);
  });
});
