import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../persist/designArb';
import { capacityPlan } from './capacity';
import { monthlyCost, PRICES, SECONDS_PER_MONTH } from './cost';
import { SAMPLE_DESIGNS } from './samples';
import { minimal, mk } from './testDesigns';

const rowOf = (plan: ReturnType<typeof capacityPlan>, id: string) =>
  plan.parts.find((r) => r.partId === id)!;

describe('capacityPlan', () => {
  it('stores 100 million links in 20 GB, and says how it counted', () => {
    const p = capacityPlan(minimal());
    expect(p.storageBytes).toBe(100_000_000 * 200);
    expect(p.storageNote).toContain('20 GB');
  });

  it('sends every redirect and create to a lone app server and its database', () => {
    const p = capacityPlan(minimal());
    // Each new link is clicked once as well, on top of the 10,000 redirects.
    expect(rowOf(p, 'a').readsPerSec).toBe(10_100);
    expect(rowOf(p, 'db').readsPerSec).toBe(10_100);
    expect(rowOf(p, 'db').writesPerSec).toBeCloseTo(100, 0);
    // 2 instances x 32 workers / (2 ms CPU + 5 ms read) = about 9,100 a second: not enough.
    expect(rowOf(p, 'a').capacityPerSec).toBeGreaterThan(8_500);
    expect(rowOf(p, 'a').capacityPerSec).toBeLessThan(9_500);
    expect(rowOf(p, 'a').instancesNeeded).toBeGreaterThan(rowOf(p, 'a').instancesPresent);
  });

  it('a cache takes most reads off the database (Zipf popularity)', () => {
    const p = capacityPlan(SAMPLE_DESIGNS.cached);
    expect(rowOf(p, 'db').readsPerSec).toBeLessThan(0.3 * rowOf(p, 'cache').readsPerSec);
  });

  it('a CDN answers its hit ratio of redirects at the edge', () => {
    const p = capacityPlan(SAMPLE_DESIGNS.scaled);
    expect(rowOf(p, 'lb').readsPerSec).toBeCloseTo(10_000 * 0.2 + 100, -1);
  });

  it('never throws and gives finite, non-negative figures', () => {
    fc.assert(
      fc.property(designArb(10), (d) => {
        const p = capacityPlan(d);
        expect(p.parts).toHaveLength(d.parts.length);
        for (const r of p.parts)
          for (const x of [r.readsPerSec, r.writesPerSec, r.capacityPerSec, r.instancesNeeded])
            expect(Number.isFinite(x) && x >= 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('monthlyCost', () => {
  it('adds up the written-down prices part by part', () => {
    const c = monthlyCost(minimal(), () => 0);
    // 2 app servers, one primary with 20 GB stored.
    expect(c.totalUsd).toBeCloseTo(
      2 * PRICES.appInstanceUsd + PRICES.primaryUsd + 20 * PRICES.storagePerGbUsd,
      2,
    );
    expect(c.parts.map((p) => p.partId)).toEqual(['u', 'a', 'db']);
  });

  it('charges the edge by the requests reaching it', () => {
    const d = mk([['cdn', 'e']], []);
    const c = monthlyCost(d, () => 1000);
    expect(c.totalUsd).toBeCloseTo(
      PRICES.cdnBaseUsd + ((1000 * SECONDS_PER_MONTH) / 1e6) * PRICES.cdnPerMillionUsd,
      2,
    );
  });

  it('the scaled sample costs more than the naive one', () => {
    const edge = () => 10_000;
    expect(monthlyCost(SAMPLE_DESIGNS.scaled, edge).totalUsd).toBeGreaterThan(
      monthlyCost(SAMPLE_DESIGNS.naive, edge).totalUsd,
    );
  });
});
