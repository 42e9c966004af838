import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_JOURNEY, isJourneyEnd, observe, summarize, tryFix, type Journey } from './journey';
import { FIXES, type FixId } from './params';

describe('the journey log', () => {
  it('counts a state seen twice in a row once', () => {
    let j = observe(EMPTY_JOURNEY, { users: 1000, fixes: [], bottleneck: 'app-cpu' });
    j = observe(j, { users: 1000, fixes: [], bottleneck: 'app-cpu' });
    expect(j.seen).toHaveLength(1);
  });

  it('tells right fixes from wrong ones by the bottleneck on screen', () => {
    let j = tryFix(EMPTY_JOURNEY, 'cache', 1000, 'app-cpu');
    j = tryFix(j, 'lb', 1000, 'app-cpu');
    j = tryFix(j, 'cdn', 1000, 'none');
    expect(j.tries.map((t) => t.right)).toEqual([false, true, false]);
  });

  it('summarizes the natural path: reached, met in order, fixes in the order added', () => {
    let j: Journey = EMPTY_JOURNEY;
    j = observe(j, { users: 100, fixes: [], bottleneck: 'none' });
    j = observe(j, { users: 1000, fixes: [], bottleneck: 'app-cpu' });
    j = tryFix(j, 'cache', 1000, 'app-cpu');
    j = tryFix(j, 'lb', 1000, 'app-cpu');
    j = observe(j, { users: 1000, fixes: ['lb', 'cache'], bottleneck: 'none' });
    j = observe(j, { users: 3000, fixes: ['lb', 'cache'], bottleneck: 'connections' });
    j = tryFix(j, 'pool', 3000, 'connections');
    j = observe(j, { users: 3000, fixes: ['lb', 'pool', 'cache'], bottleneck: 'none' });
    j = observe(j, { users: 3000, fixes: ['lb', 'pool', 'cache'], bottleneck: 'none' });
    j = tryFix(j, 'cache', 3000, 'none');
    const s = summarize(j, ['lb', 'pool', 'cache']);
    expect(s.reached).toBe(3000);
    expect(s.met).toEqual([
      { bottleneck: 'app-cpu', users: 1000 },
      { bottleneck: 'connections', users: 3000 },
    ]);
    expect(s.applied).toEqual(['lb', 'pool', 'cache']);
    expect(s.wrong.map((w) => `${w.fix}@${w.against}`)).toEqual(['cache@app-cpu', 'cache@none']);
    expect(s.done).toBe(false);
  });

  it('ends at 100,000 users with nothing broken, and only then', () => {
    expect(isJourneyEnd(100_000, 'none')).toBe(true);
    expect(isJourneyEnd(100_000, 'db-writes')).toBe(false);
    expect(isJourneyEnd(30_000, 'none')).toBe(false);
    expect(isJourneyEnd(100_000, null)).toBe(false);
  });

  it('lists exactly the fixes in place, each once, whatever was tried (property)', () => {
    const fix = fc.constantFrom(...FIXES);
    fc.assert(
      fc.property(fc.array(fix, { maxLength: 20 }), fc.subarray([...FIXES]), (tried, now) => {
        let j: Journey = EMPTY_JOURNEY;
        for (const f of tried) j = tryFix(j, f, 1000, 'app-cpu');
        const s = summarize(j, now as FixId[]);
        expect([...s.applied].sort()).toEqual([...now].sort());
        expect(s.wrong.length).toBe(tried.filter((f) => f !== 'lb').length);
      }),
    );
  });
});
