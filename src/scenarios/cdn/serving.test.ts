import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../engine';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { runToEnd } from '../run';
import { cityRtt } from './results';
import { servingNow } from './serving';
import { CITIES, EDGE_SETS, names, sitesFor } from './sites';

const scenario = getScenario('cdn')!;
const sites = (over: Record<string, unknown> = {}) =>
  sitesFor({ ...defaults(scenario.params), ...(over as Record<string, string>) });
const serverOf = (id: string, down: readonly string[] = [], over = {}) => {
  const s = sites(over);
  return servingNow(s, (n) => !down.includes(n))[s.cities.findIndex((c) => c.id === id)]!;
};

describe('servingNow: who answers each city', () => {
  it('sends each city to its nearest live edge, and to the origin when none is up', () => {
    expect(serverOf('chennai').server).toBe('edge-mumbai');
    expect(serverOf('chennai', ['edge-mumbai']).server).toBe('edge-singapore');
    expect(serverOf('johannesburg').server).toBe('edge-mumbai');
    const all = EDGE_SETS.many.map(names.edge);
    expect(serverOf('sydney', all).server).toBe('origin');
    expect(serverOf('sydney', [], { cdn: false }).server).toBe('origin');
    expect(serverOf('mumbai', [], { cdn: false }).rttMs).toBeCloseTo(128.5, 0);
  });

  it('always picks a live edge with no live edge nearer', () => {
    const s = sites({ edges: 'every-city' });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...EDGE_SETS['every-city']), { maxLength: 12 }),
        (dead) => {
          const up = (n: string) => !dead.map(names.edge).includes(n);
          servingNow(s, up).forEach((sv, i) => {
            const city = s.cities[i]!;
            const live = s.edges.filter((e) => up(names.edge(e.id)));
            if (live.length === 0) return expect(sv.server).toBe('origin');
            expect(up(sv.server)).toBe(true);
            for (const e of live)
              expect(greatCircleKm(city, e)).toBeGreaterThanOrEqual(sv.km - 1e-9);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it("agrees with the model's router at the end of a run with kills", () => {
    const dead = ['edge-mumbai', 'edge-frankfurt'];
    const r = runToEnd({
      scenario: 'cdn',
      params: defaults(scenario.params),
      seed: 2,
      durationS: 2,
      commands: dead.map((node) => ({ at: 500, node, action: 'kill' as const })),
    });
    const view = servingNow(sites(), (n) => !dead.includes(n));
    CITIES.forEach((c, i) => expect(cityRtt(r)[c.id]!.servedBy).toBe(view[i]!.server));
  });
});
