import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BALANCER_STRATEGIES } from '../../engine';
import { defaults, formatParam, parseParam } from '../params';
import { getScenario } from '../registry';
import { runToEnd } from '../run';
import { MAX_SERVERS } from './params';

const scenario = getScenario('load-balancing')!;
const spec = (name: string) => scenario.params.find((s) => s.name === name)!;

// Whatever a learner types within the ranges, a run builds, finishes and adds up.
const anyParams = fc.record({
  strategy: fc.constantFrom(...BALANCER_STRATEGIES),
  servers: fc.integer({ min: 1, max: MAX_SERVERS }),
  rps: fc.integer({ min: 1, max: 1500 }),
  heavyFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  lightMs: fc.double({ min: 0.1, max: 200, noNaN: true }),
  heavyMs: fc.double({ min: 0.1, max: 5000, noNaN: true }),
  weights: fc.array(fc.double({ min: 0.25, max: 16, noNaN: true }), {
    minLength: 1,
    maxLength: MAX_SERVERS,
  }),
  workersPerWeight: fc.integer({ min: 1, max: 8 }),
  healthCheckMs: fc.integer({ min: 0, max: 3000 }),
  crashAtS: fc.constantFrom(0, 0.5, 1.2),
  queueLimit: fc.integer({ min: 0, max: 200 }),
  timeoutMs: fc.integer({ min: 1, max: 5000 }),
});

describe('load-balancing with any legal parameters', () => {
  it('property: every request is accounted for and the shares add up', () => {
    fc.assert(
      fc.property(anyParams, fc.nat(), (over, seed) => {
        const r = runToEnd({
          scenario: 'load-balancing',
          params: { ...defaults(scenario.params), ...over },
          seed,
          durationS: 2,
          commands: [],
        });
        const q = r.requests;
        const ended = q.completed + q.rejected + q.timedOut + q.failed;
        expect(ended).toBeLessThanOrEqual(q.arrived);
        const rows = r.servers as Array<{ sent: number; share: number; weight: number }>;
        expect(rows).toHaveLength(over.servers);
        const sent = rows.reduce((a, s) => a + s.sent, 0);
        expect(sent).toBeLessThanOrEqual(q.arrived);
        if (sent > 0) expect(rows.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 3);
        for (const s of rows) expect(s.weight).toBeGreaterThan(0);
        expect(Number.isFinite(r.capacityRps as number)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('property: weights survive the trip through the URL text and back', () => {
    fc.assert(
      fc.property(anyParams, (p) => {
        const text = formatParam(spec('weights'), p.weights);
        const back = parseParam(spec('weights'), text);
        expect(back).toEqual({ ok: true, value: p.weights });
      }),
    );
  });
});
