import { describe, expect, it } from 'vitest';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('read-replicas')!;
const input = (over: Params = {}, seed = 1, durationS = 6): RunInput => ({
  scenario: 'read-replicas',
  params: { ...defaults(scenario.params), ...over },
  seed,
  durationS,
  commands: [],
});
const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

describe('read-replicas predictions are decided by the runs', () => {
  it('five replicas answer about five times the reads of one', () => {
    const p = byId(predictions, 'more-replicas');
    const { results, answer } = runPrediction(p, input({}, 1, 2));
    expect(answer).toBe('five');
    expect(p.explain(results)).toMatch(/times as many/);
  });

  it('read-your-writes protects the writer, not everyone', () => {
    const p = byId(predictions, 'ryw-everyone');
    const { results, answer } = runPrediction(p, input());
    expect(answer).toBe('fewer');
    expect(p.explain(results)).toMatch(/to 0,/);
  });

  it('sync makes transfers several times slower', () => {
    const p = byId(predictions, 'sync-cost');
    expect(runPrediction(p, input()).answer).toBe('several');
    // With almost no lag there is almost nothing to wait for: the answer follows the runs.
    expect(runPrediction(p, input({ lagMs: 1 })).answer).toBe('barely');
  });

  it('a crash loses confirmed transfers under async only, whatever the seed', () => {
    const p = byId(predictions, 'crash-loss');
    for (const seed of [1, 5]) expect(runPrediction(p, input({}, seed, 8)).answer).toBe('async');
  });
});

describe('read-replicas exercises detect their goals from results', () => {
  const check = (id: string, over: Params, commands: RunInput['commands'] = []) => {
    // Runs with a crash last until after the failover (crash at 4 s, promotion at 7 s).
    const inp = { ...input(over, 1, over.crashAtS || commands.length ? 8 : 6), commands };
    return byId(exercises, id).check(runToEnd(inp), inp.params);
  };

  it('five times the reads: four replicas are swamped, six have room', () => {
    expect(check('five-x-reads', { rps: 2000, replicas: 4 })).toBe(false);
    expect(check('five-x-reads', { rps: 2000, replicas: 6 })).toBe(true);
    expect(check('five-x-reads', { rps: 1000, replicas: 6 })).toBe(false);
  });

  it('read-your-writes without sync: needs the pin, and async', () => {
    expect(check('ryw-without-sync', {})).toBe(false);
    expect(check('ryw-without-sync', { readYourWrites: true })).toBe(true);
    expect(check('ryw-without-sync', { replication: 'sync' })).toBe(false);
  });

  it('no lost writes: a crash with sync replication, not async', () => {
    expect(check('no-lost-writes', { crashAtS: 4 })).toBe(false);
    expect(check('no-lost-writes', { crashAtS: 4, replication: 'sync' })).toBe(true);
    expect(check('no-lost-writes', { replication: 'sync' })).toBe(false);
    const kill = [{ at: 4000, node: 'primary', action: 'kill' as const }];
    expect(check('no-lost-writes', { replication: 'sync' }, kill)).toBe(true);
  });

  it('nothing stale: sync with three replicas', () => {
    expect(check('nothing-stale', {})).toBe(false);
    expect(check('nothing-stale', { replication: 'sync' })).toBe(true);
    expect(check('nothing-stale', { replication: 'sync', replicas: 2 })).toBe(false);
  });
});
