import { describe, expect, it } from 'vitest';
import type { Params } from '../params';
import type { RunInput } from '../run';
import { predictionInputs, type Prediction } from '../teaching';
import { exercises, predictions } from './teaching';
import { input, run } from './testRuns';

const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

/** A prediction's answer from (cached) runs on the given page input. */
function decide(p: Prediction, base: RunInput) {
  const results = predictionInputs(p, base).map(run);
  return { results, answer: p.answer(results), explain: p.explain(results) };
}

describe('rate-limiting predictions are decided by the runs', () => {
  it('only the fixed window lets the bursty job through at twice its limit', () => {
    const d = decide(byId(predictions, 'double-limit'), input());
    expect(d.answer).toBe('fixed-window');
    expect(d.explain).toMatch(/fixed window 20, sliding window 10/);
  });

  it('the answer follows the runs: a burst all on the tick never straddles a window', () => {
    // The page's own parameters stay as they are unless the question sets them.
    const p = byId(predictions, 'double-limit');
    const shifted: Prediction = {
      ...p,
      runs: p.runs.map((r) => ({ ...r, set: { ...r.set, burstSpreadMs: 0 } })),
    };
    expect(decide(shifted, input()).answer).toBe('none');
  });

  it('without a limiter the attacker slows the steady users and costs them errors', () => {
    const d = decide(byId(predictions, 'attacker-hurts'), input());
    expect(d.answer).toBe('errors');
    expect(d.explain).toMatch(/times slower/);
    expect(decide(byId(predictions, 'attacker-hurts'), input({}, 7)).answer).toBe('errors');
  });

  it('the token bucket answers admitted bursts faster than the leaky bucket', () => {
    const d = decide(byId(predictions, 'bucket-wait'), input());
    expect(d.answer).toBe('token-bucket');
  });
});

describe('rate-limiting exercises detect their goals from results', () => {
  const check = (id: string, over: Params, commands: RunInput['commands'] = []) => {
    const inp = input(over, 1, 20, commands);
    return byId(exercises, id).check(run(inp), inp.params);
  };

  it('none is done on the defaults', () => {
    const inp = input({}, 1, 20);
    for (const e of exercises) expect([e.id, e.check(run(inp), inp.params)]).toEqual([e.id, false]);
  });

  it('shield: a limiter holds off 2,000 requests a second; no limiter does not', () => {
    expect(check('shield', { attackerRps: 2000 })).toBe(true);
    expect(check('shield', { attackerRps: 2000, algorithm: 'none' })).toBe(false);
  });

  it('double: bursts of 20 against a fixed window of 10, not a sliding one', () => {
    expect(check('double', { burstSize: 20 })).toBe(true);
    expect(check('double', { burstSize: 20, algorithm: 'sliding-window' })).toBe(false);
  });

  it('burst-average: a bucket of 20 filling at 5 a second', () => {
    const bucket = { burstSize: 20, capacity: 20, refillPerSec: 5 };
    expect(check('burst-average', { ...bucket, algorithm: 'token-bucket' })).toBe(true);
    expect(check('burst-average', { ...bucket, algorithm: 'token-bucket', refillPerSec: 10 })).toBe(
      false,
    );
    expect(check('burst-average', { ...bucket, algorithm: 'token-bucket', capacity: 10 })).toBe(
      false,
    );
  });

  it('headroom: a slowed server during the attack, with a limiter', () => {
    const slow = [{ at: 8000, node: 'server', action: 'slow' as const, factor: 4 }];
    expect(check('headroom', {}, slow)).toBe(true);
    expect(check('headroom', { algorithm: 'none' }, slow)).toBe(false);
  });

  it('absorb: 600 a second without a limiter is fine, 800 is not', () => {
    expect(check('absorb', { algorithm: 'none', attackerRps: 600 })).toBe(true);
    expect(check('absorb', { algorithm: 'none', attackerRps: 800 })).toBe(false);
  });
});
