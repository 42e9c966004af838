import { describe, expect, it } from 'vitest';
import { readLabState } from '../../player/urlState';
import { getScenario } from '../../scenarios/registry';
import { runToEnd } from '../../scenarios/run';
import { errorShare } from '../../scenarios/teaching';
import { CHEAT_ROWS } from './rows';

describe('cheat sheet presets', () => {
  it.each(CHEAT_ROWS.map((r) => [r.solution, r] as const))(
    '%s: both links open a real scenario with valid values',
    (_s, r) => {
      const scenario = getScenario(r.scenario);
      expect(scenario, r.scenario).toBeDefined();
      for (const q of [r.problemQuery, r.fixQuery]) {
        const st = readLabState(scenario!, new URLSearchParams(q));
        expect(st.problems).toEqual([]);
      }
      // The two presets differ: the fix really changes the run.
      expect(r.problemQuery).not.toBe(r.fixQuery);
    },
  );

  it('the load-balancing fix removes the errors of one overloaded server', () => {
    const row = CHEAT_ROWS.find((r) => r.scenario === 'load-balancing')!;
    const run = (q: string) => {
      const st = readLabState(getScenario(row.scenario)!, new URLSearchParams(q));
      return runToEnd({
        scenario: row.scenario,
        params: st.params,
        seed: st.seed,
        durationS: 20,
        commands: [],
      });
    };
    expect(errorShare(run(row.problemQuery))).toBeGreaterThan(0.05);
    expect(errorShare(run(row.fixQuery))).toBeLessThan(0.01);
  });
});
