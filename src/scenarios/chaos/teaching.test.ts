import { describe, expect, it } from 'vitest';
import type { Params } from '../params';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';
import { input, run } from './testRuns';

const prediction = (id: string) => predictions.find((p) => p.id === id)!;
const exercise = (id: string) => exercises.find((e) => e.id === id)!;
const check = (id: string, over: Params) => exercise(id).check(run(over), input(over).params);
/** A prediction on the default input, its runs shared with the other tests in this file. */
const decide = (id: string) => {
  const p = prediction(id);
  const results = p.runs.map((r) => run(r.set));
  return { results, answer: p.answer(results) };
};

describe('chaos predictions are decided by the runs', () => {
  it('without retries the monkey costs a nine: two are left', () => {
    const { results, answer } = decide('monkey-no-retries');
    expect(answer).toBe('two');
    expect(prediction('monkey-no-retries').explain(results)).toMatch(/two nines/);
  });

  it('failover takes minutes, not seconds', () => {
    const { results, answer } = decide('failover-minutes');
    expect(answer).toBe('minutes');
    expect(prediction('failover-minutes').explain(results)).toMatch(/Recovery took /);
  });

  it('caches keep about half of a dark region’s users answered', () => {
    expect(decide('caches-in-outage').answer).toBe('half');
  });

  it('retries with a 1 s timeout hurt an overloaded survivor', () => {
    expect(decide('retry-storm').answer).toBe('hurt');
  });

  it('the answers hold on another seed', () => {
    const other = { ...input(), seed: 42 };
    expect(runPrediction(prediction('failover-minutes'), other).answer).toBe('minutes');
  });
});

describe('chaos exercises detect their goals from results', () => {
  it('two instances: fast replacement keeps three nines, the default 90 s does not', () => {
    expect(check('two-instances', { regionDownAtS: 0, instances: 2, healS: 20 })).toBe(true);
    expect(check('two-instances', { regionDownAtS: 0, instances: 2 })).toBe(false);
  });

  it('one instance: patient retries and quick replacement beat two nines', () => {
    const patient = { retries: 3, timeoutMs: 3000, backoffMs: 3000 };
    expect(check('one-instance', { regionDownAtS: 0, instances: 1, healS: 10, ...patient })).toBe(
      true,
    );
    expect(check('one-instance', { regionDownAtS: 0, instances: 1 })).toBe(false);
  });

  it('a region down with three nines needs quick failover and long-lasting retries', () => {
    const quick = { detectS: 10, dnsTtlS: 10, retries: 5, backoffMs: 2000 };
    expect(check('region-three-nines', quick)).toBe(true);
    expect(check('region-three-nines', {})).toBe(false);
    // No outage at all does not count.
    expect(check('region-three-nines', { ...quick, regionDownAtS: 0 })).toBe(false);
  });

  it('retry-timeout: a 5 s timeout passes, the 1 s default storms', () => {
    expect(check('retry-timeout', { caches: [], timeoutMs: 5000 })).toBe(true);
    expect(check('retry-timeout', { caches: [] })).toBe(false);
  });

  it('recover within a minute: quick detection and a short TTL', () => {
    expect(check('recover-in-a-minute', { detectS: 10, dnsTtlS: 30 })).toBe(true);
    expect(check('recover-in-a-minute', {})).toBe(false);
  });
});
