import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { Crowd } from './crowd';
import { HandOff } from './handOff';
import { Journey } from './journey';
import { PathSwitch } from './pathSwitch';

const server = (sim: Sim, name: string, ms: number, workers = 4) =>
  new Server(sim, { name, workers, queueLimit: Infinity, service: constant(ms) });

describe('Journey', () => {
  it('sends each leg when the previous answer arrives, so the legs add up to the trip', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 1000 });
    const a = server(sim, 'a', 30);
    const b = server(sim, 'b', 70);
    const you = new Journey(sim, {
      name: 'you',
      client: 1,
      startAt: 100,
      legs: [
        { name: 'first', kind: 'read', key: 1, target: a },
        { name: 'second', kind: 'write', key: 1, target: b },
      ],
      timeoutMs: 5000,
      settleMs: 10,
    });
    sim.link(you, a, () => 5);
    sim.link(you, b, () => 5);
    sim.runUntil(1000);
    expect(you.ok && you.done).toBe(true);
    expect(you.legs.map((l) => [l.sentAt, l.endedAt])).toEqual([
      [100, 140],
      [140, 220],
    ]);
    const { hops, complete } = you.hops();
    expect(complete).toBe(true);
    const legIds = new Set(you.legs.map((l) => l.id));
    expect(hops.length).toBeGreaterThan(0);
    expect(hops.every((h) => legIds.has(h.req))).toBe(true);
  });

  it('a leg that fails ends the journey; later legs are never sent', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 100 });
    const nowhere = new PathSwitch(sim, { name: 'paths', route: () => null });
    const b = server(sim, 'b', 10);
    const you = new Journey(sim, {
      name: 'you',
      client: 1,
      startAt: 0,
      legs: [
        { name: 'lost', kind: 'read', key: 1, target: nowhere },
        { name: 'never', kind: 'read', key: 1, target: b },
      ],
      timeoutMs: 5000,
      settleMs: 0,
    });
    sim.runUntil(1000);
    expect(you.done).toBe(true);
    expect(you.ok).toBe(false);
    expect(you.legs).toHaveLength(1);
    expect(you.legs[0]!.outcome).toBe(Outcome.failed);
    expect(you.legs[0]!.note).toContain('no path');
  });
});

describe('PathSwitch and HandOff', () => {
  it('routes by request and answers the caller before the handed-off work is done', () => {
    const sim = new Sim({ seed: 1, traceCapacity: 100 });
    const slow = server(sim, 'slow', 1000);
    const handOff = new HandOff(sim, { name: 'hand', service: slow });
    const reads = server(sim, 'reads', 20);
    const paths = new PathSwitch(sim, {
      name: 'paths',
      route: (req) => (req.kind === 'write' ? handOff : reads),
    });
    const you = new Journey(sim, {
      name: 'you',
      client: 1,
      startAt: 0,
      legs: [
        { name: 'read', kind: 'read', key: 1, target: paths },
        { name: 'write', kind: 'write', key: 1, target: paths },
      ],
      timeoutMs: 5000,
      settleMs: 0,
    });
    sim.runUntil(100);
    expect(you.ok).toBe(true);
    expect(you.legs[1]!.endedAt).toBe(20); // the write came back at once
    expect(handOff.taken).toBe(1);
    expect(handOff.finished).toBe(0);
    sim.runUntil(2000);
    expect(handOff.finished).toBe(1);
    slow.command({ action: 'kill' });
    const again = new Journey(sim, {
      name: 'again',
      client: 1,
      startAt: 2100,
      legs: [{ name: 'write', kind: 'write', key: 1, target: paths }],
      timeoutMs: 5000,
      settleMs: 0,
    });
    sim.runUntil(3000);
    expect(again.ok).toBe(false);
    expect(handOff.refused).toBe(1);
  });
});

describe('Crowd', () => {
  it('sends about rps requests a second with the asked share of writes, from many clients', () => {
    const sim = new Sim({ seed: 3, traceCapacity: 0 });
    const sink = server(sim, 'sink', 1, 1000);
    const seen: Array<{ kind: string; client: number; key: number }> = [];
    new Crowd(sim, {
      name: 'crowd',
      target: sink,
      rps: 2000,
      writeShare: 0.25,
      keys: 100,
      zipf: 1,
      firstClient: 10,
      clients: 50,
      timeoutMs: 1000,
      onEnd: (r) => seen.push({ kind: r.kind, client: r.client, key: r.key }),
    });
    sim.runUntil(2000);
    expect(seen.length).toBeGreaterThan(3700);
    expect(seen.length).toBeLessThan(4300);
    const writes = seen.filter((s) => s.kind === 'write').length / seen.length;
    expect(writes).toBeGreaterThan(0.2);
    expect(writes).toBeLessThan(0.3);
    expect(seen.every((s) => s.client >= 10 && s.client < 60 && s.key >= 1 && s.key <= 100)).toBe(
      true,
    );
    expect(new Set(seen.map((s) => s.client)).size).toBe(50);
  });
});
