import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NumberSpec, Params } from '../params';
import { runToEnd } from '../run';
import { groupOf } from './model';
import { scenario } from './testRuns';

/** Any value the parameter panel, a link or the CLI could give, for every parameter. */
const anyParams: fc.Arbitrary<Params> = fc.record(
  Object.fromEntries(
    scenario.params.map((spec) => {
      if (spec.kind === 'enum') return [spec.name, fc.constantFrom(...spec.options)];
      const n = spec as NumberSpec;
      const value = n.integer
        ? fc.integer({ min: n.min, max: n.max })
        : fc.double({ min: n.min, max: n.max, noNaN: true });
      // Small values too: most of a range is huge numbers, but the edges near the minimum matter.
      return [spec.name, fc.oneof(value, fc.constant(n.min), fc.constant(n.default))];
    }),
  ),
);

describe('rate-limiting on any legal parameters (property)', () => {
  it('builds, runs, and no client ever beats what its algorithm allows', () => {
    fc.assert(
      fc.property(anyParams, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        // One simulated second keeps each case small even at 5,000 requests a second.
        const r = runToEnd({
          scenario: 'rate-limiting',
          params: p,
          seed,
          durationS: 1,
          commands: [],
        });
        scenario.notices!(p);
        const clients = r.clients as Array<{
          accepted: number;
          rejected: number;
          maxInAnyWindow: number;
        }>;
        const W = p.windowMs as number;
        const most = Math.max(0, ...clients.map((c) => c.maxInAnyWindow));
        switch (p.algorithm) {
          case 'none':
            expect(clients.every((c) => c.rejected === 0)).toBe(true);
            break;
          case 'fixed-window':
            expect(most).toBeLessThanOrEqual(2 * (p.limit as number));
            break;
          case 'sliding-window':
            expect(most).toBeLessThanOrEqual(p.limit as number);
            break;
          case 'token-bucket':
            expect(most).toBeLessThanOrEqual(
              (p.capacity as number) + ((p.refillPerSec as number) * W) / 1000 + 1e-6,
            );
            break;
          case 'leaky-bucket':
            expect(most).toBeLessThanOrEqual(
              Math.ceil(((p.refillPerSec as number) * W) / 1000 - 1e-9) + 1,
            );
            break;
        }
        const roles = ['steady', 'bursty', 'attacker'] as const;
        const turnedAway = roles.reduce((s, role) => s + groupOf(r, role).rejected, 0);
        expect(r.requests.rejected).toBeLessThanOrEqual(turnedAway + (r.nodes[0]?.dropped ?? 0));
        expect(Number.isFinite(r.latencyMs.p99)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
