import { describe, expect, it } from 'vitest';
import type { Params } from '../params';
import type { Prediction } from '../teaching';
import { exercises } from './exercises';
import { predictions } from './predictions';
import { run } from './testRuns';

const results = (p: Prediction) => p.runs.map((r) => run(r.set));
const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

describe('order-flow predictions', () => {
  it('the network is the biggest cost of the trip', () => {
    const p = byId(predictions, 'biggest-cost');
    expect(p.answer(results(p))).toBe('network');
    expect(p.explain(results(p))).toMatch(/network took \d+ ms/);
  });

  it('without the log the order is no longer confirmed within 2 seconds', () => {
    const p = byId(predictions, 'no-log');
    expect(p.answer(results(p))).toBe('no');
  });

  it('without the limiter the abuser hurts everyone else', () => {
    const p = byId(predictions, 'abuser');
    expect(p.answer(results(p))).toBe('worse');
  });

  it('every answer is one of its choices', () => {
    for (const p of predictions.slice(0, 2))
      expect(p.choices.map((c) => c.id)).toContain(p.answer(results(p)));
  });
});

describe('order-flow exercises', () => {
  const walkParams = (disable: string[]): Params => ({ mode: 'walkthrough', disable });
  const check = (id: string, set: Params) => {
    const r = run(set);
    return byId(exercises, id).check(r, r.params);
  };

  it('under 2 s without the CDN and the cache; the log alone breaks the promise', () => {
    expect(check('lean-and-fast', walkParams(['cdn', 'cache']))).toBe(true);
    expect(check('lean-and-fast', walkParams(['cdn']))).toBe(false);
    expect(check('break-the-promise', walkParams(['queue']))).toBe(true);
    expect(check('break-the-promise', walkParams(['cache']))).toBe(false);
  });

  it('reads land on the primaries only without replicas', () => {
    expect(check('reads-on-primary', { mode: 'scale', disable: ['replicas'] })).toBe(true);
    expect(check('reads-on-primary', { mode: 'scale', disable: [] })).toBe(false);
  });
});
