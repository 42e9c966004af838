import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome, type Call } from '../../kernel/request';
import { BaseNode } from '../../kernel/baseNode';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { Consumer, type ConsumerHost } from './consumer';

/** A hand-driven broker: delivers messages at chosen times and records the answers (acks). */
class Feeder extends BaseNode implements ConsumerHost {
  readonly answers: Array<{ id: number; at: number; outcome: Outcome }> = [];
  readonly events: string[] = [];
  constructor(sim: Sim) {
    super(sim, 'feeder', 'queue', null);
  }
  receive(): void {}
  override onReply(call: Call): void {
    this.answers.push({ id: call.req.id, at: this.sim.now, outcome: call.outcome });
  }
  override handle(_k: number, payload: unknown): void {
    this.sim.call(this.sim.newRequest('write', 0, 0, 0), this, payload as Consumer);
  }
  deliverAt(t: number, c: Consumer) {
    this.sim.at(t, this, 2, c);
  }
  memberDown(c: Consumer) {
    this.events.push(`down ${c.name} @${this.sim.now}`);
  }
  memberUp(c: Consumer) {
    this.events.push(`up ${c.name} @${this.sim.now}`);
  }
}

function setup(downstream?: Server) {
  const sim = new Sim({ seed: 1 });
  const c = new Consumer(sim, {
    name: 'c',
    service: constant(100),
    retryMs: 500,
    ...(downstream ? { downstream } : {}),
  });
  const f = new Feeder(sim);
  c.attach(f);
  return { sim, c, f };
}

describe('Consumer', () => {
  it('works one message at a time; the rest wait in its buffer', () => {
    const { sim, c, f } = setup();
    for (let i = 0; i < 3; i++) f.deliverAt(0, c);
    sim.runUntil(1);
    expect(c.stats!.busy).toBe(1);
    expect(c.stats!.queued).toBe(2);
    expect(c.holding).toBe(3);
    sim.runUntil(1000);
    expect(f.answers.map((a) => a.at)).toEqual([100, 200, 300]);
    expect(f.answers.every((a) => a.outcome === Outcome.ok)).toBe(true);
    expect(c.idle).toBe(true);
  });

  it('killed: every message in hand fails back and the broker is told; restart tells it too', () => {
    const { sim, c, f } = setup();
    for (let i = 0; i < 3; i++) f.deliverAt(0, c);
    sim.applyCommands([
      { at: 150, node: 'c', action: 'kill' },
      { at: 400, node: 'c', action: 'restart' },
    ]);
    sim.runUntil(1000);
    expect(f.answers.map((a) => [a.at, a.outcome])).toEqual([
      [100, Outcome.ok],
      [150, Outcome.failed],
      [150, Outcome.failed],
    ]);
    expect(f.events).toEqual(['down c @150', 'up c @400']);
    expect(c.stats!.dropped).toBe(2);
  });

  it('slowed, it takes longer per message', () => {
    const { sim, c, f } = setup();
    c.command({ action: 'slow', factor: 3 });
    f.deliverAt(0, c);
    sim.runUntil(1000);
    expect(f.answers[0]!.at).toBe(300);
  });

  it('a failing downstream: it backs off, then gives the message back', () => {
    const { sim, f } = setup();
    const provider = new Server(sim, {
      name: 'p',
      workers: 1,
      queueLimit: 0,
      service: constant(10),
    });
    provider.command({ action: 'kill' });
    const d = new Consumer(sim, {
      name: 'd',
      service: constant(100),
      retryMs: 500,
      downstream: provider,
    });
    f.deliverAt(0, d);
    sim.runUntil(2000);
    // 100 ms of work, an instant refusal, 500 ms of back-off.
    expect(f.answers).toEqual([{ id: 1, at: 600, outcome: Outcome.failed }]);
    expect(d.stats!.served).toBe(0);
  });
});
