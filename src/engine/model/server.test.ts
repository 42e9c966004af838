import { describe, expect, it } from 'vitest';
import { constant } from '../core/distributions';
import { Outcome } from '../kernel/request';
import { Sim } from '../kernel/sim';
import { HopPhase } from '../metrics/trace';
import { hopsOf, Probe } from './pooling/testProbe';
import { Server } from './server';

function setup(workers: number, queueLimit: number, serviceMs = 10) {
  const sim = new Sim({ seed: 1 });
  const server = new Server(sim, { name: 's', workers, queueLimit, service: constant(serviceMs) });
  const probe = new Probe(sim);
  return { sim, server, probe };
}

const queueHops = (sim: Sim) => hopsOf(sim, HopPhase.queue);

describe('Server', () => {
  it('traces a queued wait when it ends: service starts, the server dies, or the run stops', () => {
    const { sim, server, probe } = setup(1, 10);
    for (let i = 0; i < 4; i++) probe.sendAt(0, server);
    sim.runUntil(15);
    // Request 2 started at 10; 3 and 4 are still waiting, so only 2's wait is known.
    expect(queueHops(sim)).toEqual([[2, 0, 10]]);
    sim.endRun();
    expect(queueHops(sim)).toEqual([
      [2, 0, 10],
      [3, 0, 15],
      [4, 0, 15],
    ]);
    const b = setup(1, 10);
    for (let i = 0; i < 3; i++) b.probe.sendAt(0, b.server);
    b.sim.runUntil(5);
    b.server.command({ action: 'kill' });
    expect(queueHops(b.sim)).toEqual([
      [2, 0, 5],
      [3, 0, 5],
    ]);
  });

  it('serves FIFO with c workers: exact completion times', () => {
    const { sim, server, probe } = setup(2, 10);
    for (let i = 0; i < 5; i++) probe.sendAt(0, server);
    sim.runUntil(100);
    expect(probe.answers.map((a) => [a.id, a.at])).toEqual([
      [1, 10],
      [2, 10],
      [3, 20],
      [4, 20],
      [5, 30],
    ]);
    expect(server.stats!.served).toBe(5);
    expect(server.stats!.maxQueue).toBe(3);
  });

  it('rejects arrivals beyond the queue limit', () => {
    const { sim, server, probe } = setup(1, 1);
    for (let i = 0; i < 4; i++) probe.sendAt(0, server);
    sim.runUntil(100);
    const outcomes = probe.answers.map((a) => a.outcome);
    expect(outcomes.filter((o) => o === Outcome.rejected)).toHaveLength(2);
    expect(outcomes.filter((o) => o === Outcome.ok)).toHaveLength(2);
    expect(server.stats!.dropped).toBe(2);
  });

  it('a kill fails what it holds and refuses new work; a restart serves again', () => {
    const { sim, server, probe } = setup(1, 10);
    probe.sendAt(0, server);
    probe.sendAt(0, server);
    sim.applyCommands([
      { at: 5, node: 's', action: 'kill' },
      { at: 50, node: 's', action: 'restart' },
    ]);
    probe.sendAt(20, server);
    probe.sendAt(60, server);
    sim.runUntil(200);
    expect(probe.answers.map((a) => [a.id, a.at, a.outcome])).toEqual([
      [1, 5, Outcome.failed],
      [2, 5, Outcome.failed],
      [3, 20, Outcome.failed],
      [4, 70, Outcome.ok],
    ]);
  });

  it('what a kill throws away counts as dropped, so the books balance', () => {
    const { sim, server, probe } = setup(2, 10);
    for (let i = 0; i < 6; i++) probe.sendAt(0, server);
    sim.applyCommands([{ at: 5, node: 's', action: 'kill' }]);
    probe.sendAt(8, server);
    sim.runUntil(100);
    const st = server.stats!;
    expect(st.arrived).toBe(7);
    expect(st.served).toBe(0);
    expect(st.dropped).toBe(7); // 2 in service + 4 waiting + 1 refused while down
    expect(st.arrived).toBe(st.served + st.dropped + st.busy + st.queued);
  });

  it('slow multiplies service time until restored', () => {
    const { sim, server, probe } = setup(1, 10);
    sim.applyCommands([
      { at: 0, node: 's', action: 'slow', factor: 3 },
      { at: 100, node: 's', action: 'restore' },
    ]);
    probe.sendAt(1, server);
    probe.sendAt(200, server);
    sim.runUntil(300);
    expect(probe.answers.map((a) => a.at)).toEqual([31, 210]);
  });

  it('tracks utilization as an exact time integral', () => {
    const { sim, server, probe } = setup(2, 10);
    probe.sendAt(0, server);
    sim.runUntil(40);
    // One of two workers busy for 10 of 40 ms.
    expect(server.stats!.utilization(40)).toBeCloseTo(10 / 80, 12);
  });

  it('holds its worker while it calls a downstream part', () => {
    const sim = new Sim({ seed: 1 });
    const db = new Server(sim, {
      name: 'db',
      kind: 'database',
      workers: 1,
      queueLimit: 10,
      service: constant(30),
    });
    const app = new Server(sim, {
      name: 'app',
      workers: 1,
      queueLimit: 10,
      service: constant(5),
      downstream: db,
    });
    const probe = new Probe(sim);
    probe.sendAt(0, app as Server);
    probe.sendAt(0, app as Server);
    sim.runUntil(200);
    expect(probe.answers.map((a) => a.at)).toEqual([35, 70]);
    expect(app.stats!.utilization(70)).toBeCloseTo(1, 12);
  });
});
