import { describe, expect, it } from 'vitest';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('single-server')!;
const input = (over: Record<string, number | string> = {}): RunInput => ({
  scenario: 'single-server',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS: 60,
  commands: [],
});

describe('single-server predictions are decided by the runs', () => {
  it('ten times the users is far more than ten times slower', () => {
    const { results, answer } = runPrediction(predictions[0]!, input());
    expect(answer).toBe('fifty');
    expect(results[1]!.latencyMs.p50 / results[0]!.latencyMs.p50).toBeGreaterThan(50);
    expect(predictions[0]!.explain(results)).toMatch(/times slower/);
  });

  it('doubling workers at 700 users cuts p99 by more than half', () => {
    const { answer } = runPrediction(predictions[1]!, input());
    expect(answer).toBe('more');
  });

  it('answers are whatever the runs say: change the seed and they still hold', () => {
    expect(runPrediction(predictions[0]!, { ...input(), seed: 99 }).answer).toBe('fifty');
  });
});

describe('single-server exercises detect their goals from results', () => {
  const byId = (id: string) => exercises.find((e) => e.id === id)!;
  const check = (
    id: string,
    over: Record<string, number | string>,
    commands: RunInput['commands'] = [],
  ) => {
    const inp = { ...input(over), commands };
    return byId(id).check(runToEnd(inp), inp.params);
  };

  it('comfortable: 150 users pass, 300 users do not', () => {
    expect(check('comfortable', { users: 150 })).toBe(true);
    expect(check('comfortable', { users: 300 })).toBe(false);
  });

  it('slow-not-broken: needs a long queue and patient clients', () => {
    expect(check('slow-not-broken', { users: 700 })).toBe(false);
    expect(check('slow-not-broken', { users: 700, queueLimit: 2000, timeoutMs: 60000 })).toBe(true);
  });

  it('outage: a kill and a restart', () => {
    expect(check('outage', { users: 100 }, [{ at: 10_000, node: 'server', action: 'kill' }])).toBe(
      false,
    );
    expect(
      check('outage', { users: 100 }, [
        { at: 10_000, node: 'server', action: 'kill' },
        { at: 20_000, node: 'server', action: 'restart' },
      ]),
    ).toBe(true);
  });

  it('scale-up: 1,000 users need about 48 workers', () => {
    expect(check('scale-up', { users: 1000 })).toBe(false);
    expect(check('scale-up', { users: 1000, workers: 64 })).toBe(true);
  });
});
