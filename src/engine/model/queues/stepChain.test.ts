import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome, type Request } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { Burst } from './burst';
import { LevelProbe } from './levelProbe';
import { StepChain } from './stepChain';

function chainOf(times: number[]) {
  const sim = new Sim({ seed: 1 });
  const steps = times.map(
    (ms, i) =>
      new Server(sim, { name: `s${i}`, workers: 10, queueLimit: Infinity, service: constant(ms) }),
  );
  const api = new StepChain(sim, { name: 'api', work: constant(50), steps });
  const ended: Request[] = [];
  new Burst(sim, {
    name: 'users',
    at: 0,
    count: 1,
    spreadMs: 0,
    target: api,
    timeoutMs: Infinity,
    onEnd: (r) => ended.push(r),
  });
  return { sim, steps, api, ended };
}

describe('StepChain', () => {
  it('the caller waits for the sum of every step', () => {
    const { sim, ended, api } = chainOf([100, 200, 300]);
    sim.runUntil(10_000);
    expect(ended).toHaveLength(1);
    expect(ended[0]!.outcome).toBe(Outcome.ok);
    expect(ended[0]!.finishedAt).toBe(650);
    expect(api.stats!.served).toBe(1);
  });

  it('one failing step fails the whole request, and later steps never run', () => {
    const { sim, ended, steps } = chainOf([100, 200, 300]);
    steps[1]!.command({ action: 'kill' });
    sim.runUntil(10_000);
    expect(ended[0]!.outcome).toBe(Outcome.failed);
    expect(ended[0]!.note).toBe('s1 failed');
    expect(ended[0]!.finishedAt).toBe(150);
    expect(steps[2]!.stats!.arrived).toBe(0);
  });

  it('killed mid-chain, it fails what it holds', () => {
    const { sim, ended, api } = chainOf([100, 200]);
    sim.applyCommands([{ at: 120, node: 'api', action: 'kill' }]);
    sim.runUntil(10_000);
    expect(ended[0]!.outcome).toBe(Outcome.failed);
    expect(ended[0]!.finishedAt).toBe(120);
    expect(api.stats!.dropped).toBe(1);
  });
});

describe('Burst and LevelProbe', () => {
  it('a burst sends its requests evenly over the spread; the probe sees the peak and the drain', () => {
    const sim = new Sim({ seed: 1 });
    const s = new Server(sim, {
      name: 's',
      workers: 1,
      queueLimit: Infinity,
      service: constant(100),
    });
    const sent: number[] = [];
    new Burst(sim, {
      name: 'rush',
      at: 1000,
      count: 5,
      spreadMs: 40,
      target: s,
      timeoutMs: Infinity,
      onEnd: (r) => sent.push(r.createdAt),
    });
    const probe = new LevelProbe(sim, 'probe', () => s.queueLength, 10);
    probe.mark(1000, 0);
    sim.runUntil(3000);
    expect(sent).toEqual([1000, 1010, 1020, 1030, 1040]);
    expect(probe.max).toBe(4);
    // The last of five 100 ms jobs starts at 1400: the line is empty from then on.
    expect(probe.drainedAt).toBe(1400);
    expect(() => new LevelProbe(sim, 'bad', () => 0, 0)).toThrow(RangeError);
  });
});
