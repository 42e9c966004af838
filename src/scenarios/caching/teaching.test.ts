import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('caching')!;
const input = (over: Params = {}, durationS = 10): RunInput => ({
  scenario: 'caching',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS,
  commands: [],
});
const prediction = (id: string) => predictions.find((p) => p.id === id)!;

describe('caching predictions are decided by the runs', () => {
  it('a warm catalogue cache leaves under 10% of reads for the database', () => {
    const { results, answer } = runPrediction(prediction('db-share'), input());
    expect(answer).toBe('few');
    expect(results[0]!.dbReadShare).toBe(1);
    expect(prediction('db-share').explain(results)).toMatch(/reads a second; with it/);
  });

  it('only the TTL serves stale reads', () => {
    const { results, answer } = runPrediction(prediction('stale'), input());
    expect(answer).toBe('ttl');
    expect(results[0]!.maxStaleMs as number).toBeLessThan(5000);
    expect(prediction('stale').explain(results)).toMatch(/Delete-on-write served 0/);
    expect(prediction('stale').explain(results)).toMatch(/0\.20 ms more per write/);
  });

  it('a hot key expiring draws more than five reads at once', () => {
    const { results, answer } = runPrediction(prediction('stampede'), input());
    expect(answer).toBe('many');
    expect(results[1]!.maxSameKeyDbReads).toBe(1);
  });
});

describe('caching exercises detect their goals from results', () => {
  const byId = (id: string) => exercises.find((e) => e.id === id)!;
  const check = (id: string, over: Params, commands: TimedCommand[] = [], durationS = 10) => {
    const inp = { ...input(over, durationS), commands };
    return byId(id).check(runToEnd(inp), inp.params);
  };

  it('hit-95: the defaults fall short; strong skew and a long TTL get there', () => {
    expect(check('hit-95', {})).toBe(false);
    expect(check('hit-95', { zipf: 1.6, ttlMs: 60_000 })).toBe(true);
    // The same run with a bigger cache does not count.
    expect(check('hit-95', { zipf: 1.6, ttlMs: 60_000, capacity: 5000 })).toBe(false);
  });

  it('fresh: TTL goes stale with 5% writes; invalidation does not', () => {
    expect(check('fresh', { writeRatio: 0.05 })).toBe(false);
    expect(check('fresh', { writeRatio: 0.05, policy: 'invalidate', zipf: 1.2 })).toBe(true);
    expect(check('fresh', { writeRatio: 0.05, policy: 'none' })).toBe(false);
  });

  it('plateau: the default cache evicts; one that never fills passes', () => {
    expect(check('plateau', {})).toBe(false);
    expect(check('plateau', { capacity: 8000 })).toBe(true);
    expect(check('plateau', { capacity: 10_000 })).toBe(false);
  });

  it('outage: killing the cache overwhelms the database', () => {
    const kill: TimedCommand[] = [{ at: 2000, node: 'cache', action: 'kill' }];
    expect(check('outage', {}, [], 15)).toBe(false);
    expect(check('outage', {}, kill, 15)).toBe(true);
  });

  it('no-herd: 2,000 requests a second stampede until misses are coalesced', () => {
    expect(check('no-herd', { rps: 2000 }, [], 5)).toBe(false);
    expect(check('no-herd', { rps: 2000, coalesce: true }, [], 5)).toBe(true);
  });
});
