import { describe, expect, it } from 'vitest';
import { Sim } from '../../kernel/sim';
import { Outcome } from '../../kernel/request';
import { TAG_HEAVY, TAG_LIGHT } from '../workload';
import { TagLatency } from './tagLatency';

describe('TagLatency', () => {
  it('keeps light and heavy response times apart and skips requests that failed', () => {
    const sim = new Sim({ seed: 1 });
    const t = new TagLatency();
    const end = (tag: number, ms: number, outcome: Outcome = Outcome.ok) => {
      const r = sim.newRequest('read', 0, 0, 0);
      r.tag = tag;
      r.outcome = outcome;
      r.finishedAt = r.createdAt + ms;
      t.record(r);
    };
    for (let i = 1; i <= 100; i++) end(TAG_LIGHT, i);
    end(TAG_HEAVY, 900);
    end(TAG_HEAVY, 1100);
    end(TAG_LIGHT, 99_999, Outcome.failed);
    end(TAG_HEAVY, 99_999, Outcome.timedOut);
    const s = t.summary();
    expect(s.light.count).toBe(100);
    expect(s.light.max).toBe(100);
    expect(Math.abs(s.light.p50 - 50)).toBeLessThanOrEqual(1);
    expect(s.heavy.count).toBe(2);
    expect(s.heavy.mean).toBe(1000);
  });
});
