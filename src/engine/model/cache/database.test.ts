import { describe, expect, it } from 'vitest';
import { constant, exponential } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { VersionedDatabase } from './database';
import { TestClient } from './testKit';

function setupDb(connections = 1) {
  const sim = new Sim({ seed: 1 });
  const db = new VersionedDatabase(sim, {
    name: 'db',
    connections,
    queueLimit: 100,
    readMs: constant(10),
    writeMs: constant(30),
  });
  const client = new TestClient(sim);
  return { sim, db, client };
}

describe('VersionedDatabase', () => {
  it('commits a write when its query finishes; reads see what was committed by then', () => {
    const { sim, db, client } = setupDb(4);
    client.request(0, db, 'write', 5); // commits version 1 at 30
    client.request(5, db, 'read', 5); // finishes at 15: still version 0
    client.request(25, db, 'read', 5); // finishes at 35: sees version 1
    client.request(40, db, 'write', 5); // version 2 at 70
    sim.runUntil(200);
    expect(client.answers.map((a) => [a.kind, a.at, a.value])).toEqual([
      ['read', 15, 0],
      ['write', 30, 1],
      ['read', 35, 1],
      ['write', 70, 2],
    ]);
    expect(db.ledger.committedAt(5, 2)).toBe(70);
  });

  it('a write failed by a kill never commits', () => {
    const { sim, db, client } = setupDb();
    client.request(0, db, 'write', 1);
    sim.applyCommands([{ at: 10, node: 'db', action: 'kill' }]);
    sim.runUntil(100);
    expect(client.answers[0]!.outcome).toBe(Outcome.failed);
    expect(db.ledger.latest(1)).toBe(0);
  });

  it('queues on its connections like a Server', () => {
    const { sim, db, client } = setupDb(1);
    for (let i = 0; i < 3; i++) client.request(0, db, 'read', i);
    sim.runUntil(100);
    expect(client.answers.map((a) => a.at)).toEqual([10, 20, 30]);
    expect(db.kind).toBe('database');
  });

  it('the n-th write costs the same whatever reads come between (streams of their own)', () => {
    const writeTimes = (withReads: boolean) => {
      const sim = new Sim({ seed: 9 });
      const db = new VersionedDatabase(sim, {
        name: 'db',
        connections: 64,
        queueLimit: 100,
        readMs: exponential(10),
        writeMs: exponential(10),
      });
      const client = new TestClient(sim);
      for (let i = 0; i < 20; i++) {
        client.request(i * 100, db, 'write', i);
        if (withReads) client.request(i * 100 + 1, db, 'read', i);
      }
      sim.runUntil(5000);
      return client.answers.filter((a) => a.kind === 'write').map((a) => a.at - a.sentAt);
    };
    expect(writeTimes(true)).toEqual(writeTimes(false));
  });
});
