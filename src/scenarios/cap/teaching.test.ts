import { describe, expect, it } from 'vitest';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';
import { input, run } from './testRuns';

const prediction = (id: string) => predictions.find((p) => p.id === id)!;
const exercise = (id: string) => exercises.find((e) => e.id === id)!;

describe('cap predictions are decided by the runs', () => {
  it('a cut-off CP city refuses its customers', () => {
    const { results, answer } = runPrediction(prediction('cp-cut-off'), input());
    expect(answer).toBe('refused');
    expect(prediction('cp-cut-off').explain(results)).toMatch(
      /Mumbai answered 0% .* Stale reads anywhere: 0/,
    );
  });

  it('LWW throws away a handful of the storm’s prices, not all of them', () => {
    const { results, answer } = runPrediction(prediction('ap-heal-loss'), input());
    expect(answer).toBe('some');
    expect(prediction('ap-heal-loss').explain(results)).toMatch(/dropped \d+ prices/);
  });

  it('a quorum write costs four times an AP one or more', () => {
    expect(runPrediction(prediction('calm-cost'), input()).answer).toBe('more');
  });

  it('one cut line refuses nobody in CP, whatever the page’s mode', () => {
    expect(runPrediction(prediction('one-line'), input({ mode: 'ap' })).answer).toBe('nobody');
  });

  it('answers hold on another seed', () => {
    const other = { ...input(), seed: 42 };
    expect(runPrediction(prediction('cp-cut-off'), other).answer).toBe('refused');
    expect(runPrediction(prediction('ap-heal-loss'), other).answer).toBe('some');
  });
});

describe('cap exercises detect their goals from results', () => {
  const check = (
    id: string,
    over: Record<string, string | number>,
    commands = input().commands,
  ) => {
    const inp = input(over, commands);
    return exercise(id).check(run(over, commands), inp.params);
  };

  it('always-open: AP through a storm passes, CP does not', () => {
    expect(check('always-open', { mode: 'ap' })).toBe(true);
    expect(check('always-open', { mode: 'cp' })).toBe(false);
  });

  it('never-stale: CP passes, AP does not, and a storm without writes does not count', () => {
    expect(check('never-stale', { mode: 'cp' })).toBe(true);
    expect(check('never-stale', { mode: 'ap' })).toBe(false);
    expect(check('never-stale', { mode: 'ap', writeRatio: 0 })).toBe(false);
  });

  it('silent-drop: AP with a storm passes, a calm AP run does not', () => {
    expect(check('silent-drop', { mode: 'ap' })).toBe(true);
    expect(check('silent-drop', { mode: 'ap', partition: 'none' })).toBe(false);
  });

  it('cut-by-hand: one line cut and healed in CP, nobody refused', () => {
    const cutHeal = [
      { at: 5_000, node: 'link-delhi-bengaluru', action: 'kill' as const },
      { at: 9_000, node: 'link-delhi-bengaluru', action: 'restart' as const },
    ];
    expect(check('cut-by-hand', { mode: 'cp', partition: 'none' }, cutHeal)).toBe(true);
    expect(check('cut-by-hand', { mode: 'cp', partition: 'none' })).toBe(false);
    // The default storm cuts Mumbai off: its customers are refused.
    expect(check('cut-by-hand', { mode: 'cp' }, cutHeal)).toBe(false);
  });
});
