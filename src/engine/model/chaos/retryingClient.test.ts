import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { backoffDelay, RetryingClient, type RetryingClientOptions } from './retryingClient';

/** Fails the first attempt of every request and answers the rest: a flaky instance. */
class FailsFirst extends BaseNode {
  private readonly seen = new Set<number>();
  constructor(sim: Sim) {
    super(sim, 'flaky', 'server', null);
  }
  receive(call: Call): void {
    const first = !this.seen.has(call.req.id);
    this.seen.add(call.req.id);
    this.sim.reply(call, first ? Outcome.failed : Outcome.ok);
  }
}

function client(
  sim: Sim,
  over: Partial<RetryingClientOptions> & Pick<RetryingClientOptions, 'target'>,
) {
  return new RetryingClient(sim, {
    name: 'users',
    rps: 10,
    deviceHitRatio: 0,
    timeoutMs: 1000,
    retries: 0,
    backoffMs: 100,
    stopAt: 10_000,
    ...over,
  });
}

describe('RetryingClient', () => {
  it('backs off exponentially, shortened by up to half', () => {
    expect(backoffDelay(200, 1, 1)).toBe(200);
    expect(backoffDelay(200, 1, 0)).toBe(100);
    expect(backoffDelay(200, 3, 1)).toBe(800);
  });

  it('turns a flaky first attempt into a success with one retry', () => {
    const sim = new Sim({ seed: 1 });
    const c = client(sim, { target: new FailsFirst(sim), retries: 1 });
    sim.runUntil(20_000);
    expect(c.sent).toBeGreaterThan(70);
    expect(c.answered).toBe(c.sent);
    expect(c.attempts).toBe(2 * c.sent);
    expect(c.retries).toBe(c.sent);
  });

  it('without retries, the same flaky attempt is an error', () => {
    const sim = new Sim({ seed: 1 });
    const c = client(sim, { target: new FailsFirst(sim) });
    sim.runUntil(20_000);
    expect(c.errors).toBe(c.sent);
    expect(sim.metrics.failed).toBe(c.sent);
  });

  it('abandons slow attempts, retries them, and the server does the work anyway', () => {
    const sim = new Sim({ seed: 1 });
    const slow = new Server(sim, {
      name: 'slow',
      workers: 100,
      queueLimit: Infinity,
      service: constant(500),
    });
    const c = client(sim, { target: slow, timeoutMs: 200, retries: 2, backoffMs: 0 });
    sim.runUntil(20_000);
    expect(c.answered).toBe(0);
    expect(c.errors).toBe(c.sent);
    expect(c.timeouts).toBe(3 * c.sent);
    // Every abandoned attempt still took 500 ms of a worker.
    expect(slow.stats!.served).toBe(3 * c.sent);
    expect(c.lateAnswers).toBe(3 * c.sent);
  });

  it('answers device-cache hits without a network attempt', () => {
    const sim = new Sim({ seed: 1 });
    const c = client(sim, { target: new FailsFirst(sim), deviceHitRatio: 1 });
    sim.runUntil(20_000);
    expect(c.deviceHits).toBe(c.sent);
    expect(c.attempts).toBe(0);
    expect(c.answered).toBe(c.sent);
  });

  it('tells onEnd once per request with its attempts', () => {
    const sim = new Sim({ seed: 2 });
    const ends: number[] = [];
    const c = client(sim, {
      target: new FailsFirst(sim),
      retries: 3,
      onEnd: (_r, attempts) => ends.push(attempts),
    });
    sim.runUntil(20_000);
    expect(ends).toHaveLength(c.sent);
    expect(ends.every((a) => a === 2)).toBe(true);
  });
});
