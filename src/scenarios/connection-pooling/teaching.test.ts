import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput, type RunResult } from '../run';
import { predictionInputs, type Prediction } from '../teaching';
import { exercises, predictions, SLOW_CONNECT_NO_POOL_MS } from './teaching';

const scenario = getScenario('connection-pooling')!;
const input = (over: Params = {}, seed = 3, commands: TimedCommand[] = []): RunInput => ({
  scenario: scenario.id,
  params: { ...defaults(scenario.params), ...over },
  seed,
  durationS: 6,
  commands,
});
const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

/** Each distinct run once: predictions and exercises below share many of them. */
const cache = new Map<string, RunResult>();
const cached = (inp: RunInput): RunResult => {
  const key = JSON.stringify(inp);
  if (!cache.has(key)) cache.set(key, runToEnd(inp));
  return cache.get(key)!;
};
const result = (over: Params = {}, commands: TimedCommand[] = []) =>
  cached(input(over, 3, commands));
const check = (id: string, over: Params = {}, commands: TimedCommand[] = []) =>
  byId(exercises, id).check(result(over, commands), input(over).params);
/** What the page does for "Run to check": each variant on the same traffic, then the answer. */
function runPrediction(p: Prediction, base: RunInput) {
  const results = predictionInputs(p, base).map(cached);
  return { results, answer: p.answer(results) };
}

describe('connection-pooling predictions are decided by the runs', () => {
  it('turning the pool on saves about one connect time', () => {
    const p = byId(predictions, 'pool-on');
    const { results, answer } = runPrediction(p, input());
    expect(answer).toBe('connect');
    expect(p.explain(results)).toMatch(/less\. Without the pool every request waited 3\d ms/);
  });

  it('a pool of 200 at 1,300 requests/s is much worse than 20', () => {
    const p = byId(predictions, 'pool-200');
    const { results, answer } = runPrediction(p, input());
    expect(answer).toBe('worse');
    expect(p.explain(results)).toMatch(/refused [\d,]+ connection attempts/);
  });

  it('a pool of 9 below the busy connections ends in errors', () => {
    expect(runPrediction(byId(predictions, 'pool-9'), input()).answer).toBe('errors');
  });

  it('answers hold on other traffic: another seed gives the same ones', () => {
    for (const p of predictions) {
      const expected = { 'pool-on': 'connect', 'pool-200': 'worse', 'pool-9': 'errors' }[p.id];
      expect(runPrediction(p, { ...input(), seed: 41 }).answer).toBe(expected);
    }
  });
});

describe('connection-pooling exercises detect their goals from results', () => {
  it('cut-latency: the quoted no-pool mean is true, the defaults do not count, the pool passes', () => {
    const slow = { connectMs: 100 };
    const off = result({ ...slow, pool: 'off' }).latencyMs.mean;
    expect(off).toBeGreaterThan(0.95 * SLOW_CONNECT_NO_POOL_MS);
    expect(off).toBeLessThan(1.05 * SLOW_CONNECT_NO_POOL_MS);
    expect(check('cut-latency', { ...slow, pool: 'off' })).toBe(false);
    expect(check('cut-latency')).toBe(false);
    expect(check('cut-latency', slow)).toBe(true);
    // A faster app is not the lesson: the check looks at the parameters too.
    const quickApp = { ...input(slow).params, appMs: 5 };
    expect(byId(exercises, 'cut-latency').check(result(slow), quickApp)).toBe(false);
  });

  it('smallest-pool: 12 passes; 11 queues too long and 20 is not the smallest', () => {
    expect(check('smallest-pool', { poolSize: 12 })).toBe(true);
    expect(check('smallest-pool', { poolSize: 11 })).toBe(false);
    expect(check('smallest-pool')).toBe(false);
  });

  it('thrash: 90 connections at 1,300 requests/s; refusals or the defaults do not count', () => {
    expect(check('thrash', { rps: 1300, poolSize: 90 })).toBe(true);
    expect(check('thrash', { rps: 1300, poolSize: 200 })).toBe(false);
    expect(check('thrash')).toBe(false);
  });

  it('overwhelm: a pool past the limit under load gets refusals', () => {
    expect(check('overwhelm', { rps: 1300, poolSize: 200 })).toBe(true);
    expect(check('overwhelm', { rps: 1300 })).toBe(false);
  });

  it('outage: a kill and a restart, and the pool reconnects', () => {
    const kill: TimedCommand = { at: 2000, node: 'db', action: 'kill' };
    const restart: TimedCommand = { at: 3000, node: 'db', action: 'restart' };
    expect(check('outage', {}, [kill])).toBe(false);
    expect(check('outage', {}, [kill, restart])).toBe(true);
    const r = result({}, [kill, restart]);
    expect(r.requests.failed).toBeGreaterThan(0);
  });
});
