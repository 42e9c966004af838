import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { checkExercise } from '../testing/checkExercise';
import { exercises, predictions } from './teaching';

const scenario = getScenario('load-balancing')!;
const input = (over: Params = {}, seed = 1): RunInput => ({
  scenario: 'load-balancing',
  params: { ...defaults(scenario.params), ...over },
  seed,
  durationS: 60,
  commands: [],
});
const prediction = (id: string) => predictions.find((p) => p.id === id)!;

describe('load-balancing predictions are decided by the runs', () => {
  it('least-connections has the lower p99 with heavy requests mixed in', () => {
    const { results, answer } = runPrediction(prediction('rr-vs-lc'), input());
    expect(answer).toBe('lc');
    expect(prediction('rr-vs-lc').explain(results)).toMatch(/p99 was \d\.\d s on round-robin/);
  });

  it('...and the answer follows the runs: with no heavy requests it is a tie', () => {
    expect(runPrediction(prediction('rr-vs-lc'), input({ heavyFraction: 0 })).answer).toBe('same');
  });

  it('weights 4,1 send about four fifths to the big server', () => {
    const { results, answer } = runPrediction(prediction('weighted-share'), input());
    expect(answer).toBe('four-fifths');
    expect(prediction('weighted-share').explain(results)).toMatch(/received 80% /);
  });

  it('checks every 10 s instead of every second fail ten times as many requests or more', () => {
    const { results, answer } = runPrediction(prediction('check-interval'), input());
    expect(answer).toBe('many');
    expect(results[1]!.requests.failed).toBeGreaterThan(10 * results[0]!.requests.failed);
  });

  it('least-connections sends more requests to a dead server than round-robin', () => {
    expect(runPrediction(prediction('black-hole'), input()).answer).toBe('lc');
    expect(runPrediction(prediction('black-hole'), input({}, 5)).answer).toBe('lc');
  });

  it('another seed, the same answers', () => {
    expect(runPrediction(prediction('rr-vs-lc'), input({}, 3)).answer).toBe('lc');
    expect(runPrediction(prediction('weighted-share'), input({}, 3)).answer).toBe('four-fifths');
  });
});

describe('load-balancing exercises detect their goals from results', () => {
  const check = (id: string, over: Params, commands: TimedCommand[] = []) => {
    const inp = { ...input(over), commands };
    return checkExercise(
      exercises.find((e) => e.id === id)!,
      inp,
    );
  };

  it('rr-three-slow: 3 servers, p99 over 1 s, errors under 1%', () => {
    expect(check('rr-three-slow', { servers: 3 })).toBe(false); // overloaded: many errors
    expect(check('rr-three-slow', { servers: 3, rps: 110 })).toBe(true);
    expect(check('rr-three-slow', { servers: 3, rps: 110, strategy: 'p2c' })).toBe(false);
  });

  it('survive-crash: losing a server needs fast checks and spare capacity', () => {
    const kill: TimedCommand[] = [{ at: 20_500, node: 'server-2', action: 'kill' }];
    expect(check('survive-crash', {}, kill)).toBe(false);
    expect(check('survive-crash', { servers: 5, healthCheckMs: 500 }, kill)).toBe(true);
    expect(check('survive-crash', { servers: 5, healthCheckMs: 500, crashAtS: 20.5 })).toBe(true);
    // No loss at all, or a loss undone by a restart, does not count.
    expect(check('survive-crash', { servers: 5, healthCheckMs: 500 })).toBe(false);
    expect(
      check('survive-crash', { servers: 5, healthCheckMs: 500 }, [
        ...kill,
        { at: 30_000, node: 'server-2', action: 'restart' },
      ]),
    ).toBe(false);
  });

  it('halve-rr: compares with round-robin on the same servers and traffic', () => {
    expect(check('halve-rr', { strategy: 'round-robin' })).toBe(false);
    expect(check('halve-rr', { strategy: 'random' })).toBe(false);
    expect(check('halve-rr', { strategy: 'least-connections', rps: 170 })).toBe(true);
    // The baseline is asked for only where it can count, and without it nothing ticks.
    const e = exercises.find((x) => x.id === 'halve-rr')!;
    const inp = input({ strategy: 'least-connections', rps: 170 });
    const r = runToEnd(inp);
    expect(e.baseline!(r, inp.params)).toEqual({ strategy: 'round-robin' });
    expect(e.baseline!(r, { ...inp.params, strategy: 'round-robin' })).toBeNull();
    expect(e.baseline!({ ...r, simulatedSeconds: 10_000 }, inp.params)).toBeNull();
    expect(e.check(r, inp.params)).toBe(false);
  });

  it('mixed-hardware: uneven weights, no errors, p99 under 1.5 s', () => {
    expect(check('mixed-hardware', { servers: 2, weights: [4, 1] })).toBe(false);
    expect(check('mixed-hardware', { servers: 2, weights: [4, 1], strategy: 'weighted' })).toBe(
      true,
    );
    expect(check('mixed-hardware', { strategy: 'weighted' })).toBe(false); // all the same size
  });
});
