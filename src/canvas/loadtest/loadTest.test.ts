import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDesign } from '../compile';
import { validDesignArb } from '../compile/validDesignArb';
import { SAMPLE_DESIGNS } from '../design/samples';
import { mk } from '../design/testDesigns';
import type { Design } from '../design/types';
import { validateDesign } from '../design/validate';
import { CHALLENGES } from './challenges';
import { InvalidDesignError, loadTest, runLoadTest } from '.';

/** A design's run cut short. */
const short = (d: Design, durationS = 2): Design => ({
  ...d,
  workload: { ...d.workload, durationS },
});

describe('loadTest', () => {
  // The samples' verdicts at full load are proved in src/scenarios/url-shortener/scenario.test.ts.
  it('reports progress up to 1, and refuses an invalid design naming its problem', () => {
    const seen: number[] = [];
    loadTest(
      short(
        {
          ...SAMPLE_DESIGNS.naive,
          workload: { ...SAMPLE_DESIGNS.naive.workload, redirectsPerSec: 100 },
        },
        1,
      ),
      {
        onProgress: (f) => seen.push(f),
      },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    const broken = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
      ],
      [['u', 'a']],
    );
    expect(() => loadTest(broken)).toThrow(InvalidDesignError);
    expect(() => loadTest(broken)).toThrow(/database/);
  });

  it('when nothing is short of capacity but users are far away, it names the distance', () => {
    const far = mk(
      [
        ['clients', 'tokyo', { region: 'tokyo' }],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [
        ['tokyo', 'a'],
        ['a', 'db'],
      ],
      { redirectsPerSec: 200, createsPerSec: 5, durationS: 1 },
    );
    const r = loadTest(far, { appLoss: false });
    expect(r.redirects.p99Ms).toBeGreaterThan(100);
    expect(r.bottleneck).toMatchObject({ partId: 'tokyo' });
    expect(r.bottleneck!.fix).toMatch(/CDN/);
  });

  it('runLoadTest falls back to the main thread where there are no workers', async () => {
    const d = short(
      {
        ...SAMPLE_DESIGNS.cached,
        workload: { ...SAMPLE_DESIGNS.cached.workload, redirectsPerSec: 200 },
      },
      1,
    );
    const r = await runLoadTest(d);
    expect(r.redirects.count).toBeGreaterThan(100);
    await expect(runLoadTest(mk([['clients', 'u']], []))).rejects.toThrow();
  });

  it('random valid designs compile and load-test without throwing', () => {
    fc.assert(
      fc.property(validDesignArb, (d) => {
        expect(validateDesign(d).filter((i) => i.severity === 'error')).toEqual([]);
        expect(compileDesign(d, { seed: 1, durationMs: 1000 }).ok).toBe(true);
        const r = loadTest(d, { appLoss: false });
        expect(r.errorRate).toBeGreaterThanOrEqual(0);
        expect(r.parts).toHaveLength(d.parts.length);
        for (const p of r.parts) expect(Number.isFinite(p.utilization)).toBe(true);
        for (const c of CHALLENGES) expect(typeof c.check(r, d).passed).toBe('boolean');
      }),
      { numRuns: 25 },
    );
  });
});
