import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { NodeStats } from '../../metrics/nodeStats';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Probe } from '../geo/testProbe';
import { Server } from '../server';
import { Fork } from './fork';
import { LoadWindow } from './loadWindow';
import { Mark } from './mark';
import { Refuser } from './refuser';

const server = (sim: Sim, name: string, ms = 10) =>
  new Server(sim, { name, workers: 1, queueLimit: Infinity, service: constant(ms) });

describe('Fork', () => {
  it('sends each request down the route its rule picks, and answers come back', () => {
    const sim = new Sim({ seed: 1 });
    const a = server(sim, 'a');
    const b = server(sim, 'b');
    let n = 0;
    const fork = new Fork(sim, {
      name: 'fork',
      routes: [a, b],
      route: () => (n++ % 3 === 0 ? 1 : 0),
    });
    const probe = new Probe(sim);
    for (let t = 0; t < 6; t++) probe.sendAt(t * 100, fork);
    sim.runUntil(1000);
    expect([...fork.sent]).toEqual([4, 2]);
    expect(b.stats!.served).toBe(2);
    expect(probe.count(Outcome.ok)).toBe(6);
  });

  it('clamps a rule that points past its routes instead of losing the request', () => {
    const sim = new Sim({ seed: 1 });
    const a = server(sim, 'a');
    const fork = new Fork(sim, { name: 'fork', routes: [a], route: () => 7 });
    const probe = new Probe(sim);
    probe.sendAt(0, fork);
    sim.runUntil(100);
    expect(probe.count(Outcome.ok)).toBe(1);
  });

  it('fails what it gets while killed', () => {
    const sim = new Sim({ seed: 1 });
    const fork = new Fork(sim, { name: 'fork', routes: [server(sim, 'a')], route: () => 0 });
    const probe = new Probe(sim);
    sim.applyCommands([{ at: 50, node: 'fork', action: 'kill' }]);
    probe.sendAt(0, fork);
    probe.sendAt(100, fork);
    sim.runUntil(300);
    expect(probe.count(Outcome.ok)).toBe(1);
    expect(probe.count(Outcome.failed)).toBe(1);
  });
});

describe('Refuser', () => {
  it('fails every call at once with its note, and counts them', () => {
    const sim = new Sim({ seed: 1 });
    const no = new Refuser(sim, 'no', 'too many connections');
    const probe = new Probe(sim);
    probe.sendAt(0, no);
    probe.sendAt(5, no);
    sim.runUntil(10);
    expect(no.refused).toBe(2);
    expect(probe.answers.map((x) => [x.at, x.outcome])).toEqual([
      [0, Outcome.failed],
      [5, Outcome.failed],
    ]);
  });
});

describe('Mark and LoadWindow', () => {
  it('fires once at its time', () => {
    const sim = new Sim({ seed: 1 });
    const at: number[] = [];
    new Mark(sim, 'm', 250, () => at.push(sim.now));
    sim.runUntil(1000);
    expect(at).toEqual([250]);
  });

  it('measures busy share from the start of the window only', () => {
    const s = new NodeStats(2, 0);
    const w = new LoadWindow([s]);
    s.setBusy(0, 2); // full for the first 100 ms
    s.setBusy(100, 1); // half from then on
    w.start(100);
    expect(w.each(300)).toEqual([0.5]);
    expect(w.overall(300)).toBeCloseTo(0.5, 12);
    expect(w.startedAt).toBe(100);
  });

  it('weights the group by capacity', () => {
    const big = new NodeStats(3, 0);
    const small = new NodeStats(1, 0);
    big.setBusy(0, 3);
    const w = new LoadWindow([big, small]);
    w.start(0);
    expect(w.overall(100)).toBeCloseTo(0.75, 12);
    expect(new LoadWindow([new NodeStats(0, 0)]).each(10)).toEqual([0]);
  });
});
