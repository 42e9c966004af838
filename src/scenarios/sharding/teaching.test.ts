import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('sharding')!;
const input = (over: Record<string, number | string> = {}, durationS = 6): RunInput => ({
  scenario: 'sharding',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS,
  commands: [],
});
const prediction = (id: string) => predictions.find((p) => p.id === id)!;

describe('sharding predictions are decided by the runs', () => {
  it('modulo: about 4 keys in 5 move', () => {
    const { results, answer } = runPrediction(prediction('modulo-move'), input({}, 2));
    expect(answer).toBe('most');
    expect(prediction('modulo-move').explain(results)).toMatch(/^80% of the keys moved \(80,000\)/);
  });

  it('a ring: about 1 key in 5 moves, whatever the page had chosen', () => {
    const page = input({ placement: 'modulo', shardKey: 'tenant' }, 2);
    expect(runPrediction(prediction('ring-move'), page).answer).toBe('fifth');
  });

  it('a celebrity at 30% saturates their shard', () => {
    const { results, answer } = runPrediction(prediction('celebrity'), input());
    expect(answer).toBe('saturates');
    expect(prediction('celebrity').explain(results)).toMatch(/turned [\d,]+ requests away/);
    // With light traffic the same celebrity only makes its shard busier.
    expect(runPrediction(prediction('celebrity'), input({ rps: 600 })).answer).toBe('busier');
  });

  it('a query over 16 shards is slower than over 4', () => {
    const { results, answer } = runPrediction(prediction('fan-out'), input());
    expect(answer).toBe('slower');
    expect(prediction('fan-out').explain(results)).toMatch(/longer than its typical shard/);
  });
});

describe('sharding exercises detect their goals from results', () => {
  const check = (
    id: string,
    over: Record<string, number | string>,
    durationS = 10,
    commands: TimedCommand[] = [],
  ) => {
    const inp = { ...input(over, durationS), commands };
    return exercises.find((e) => e.id === id)!.check(runToEnd(inp), inp.params);
  };

  it('scale-writes: 5,000 writes/s need 13 shards for p99 under 100 ms', () => {
    const writes = { rps: 5000, writeRatio: 1, addShardAtS: 0 };
    expect(check('scale-writes', { ...writes, shards: 11 }, 5)).toBe(false);
    expect(check('scale-writes', { ...writes, shards: 13 }, 5)).toBe(true);
  });

  it('gentle-move: a ring passes, modulo does not, and so does never adding one', () => {
    expect(check('gentle-move', { placement: 'consistent-hash', rps: 200 }, 12)).toBe(true);
    expect(check('gentle-move', { placement: 'modulo', rps: 200 }, 18)).toBe(false);
    expect(
      check('gentle-move', { placement: 'consistent-hash', addShardAtS: 0, rps: 200 }, 12),
    ).toBe(false);
  });

  it('celebrity: 5 shards are not enough at 20%, 7 are', () => {
    expect(check('celebrity', { hotKeyShare: 0.2, shards: 5 })).toBe(false);
    expect(check('celebrity', { hotKeyShare: 0.2, shards: 7 })).toBe(true);
  });

  it('uneven-key: tenants are lumpy, user ids are not', () => {
    const quiet = { rps: 400, addShardAtS: 0 };
    expect(check('uneven-key', { ...quiet, shardKey: 'tenant' }, 5)).toBe(true);
    expect(check('uneven-key', { ...quiet, shardKey: 'user-id' }, 5)).toBe(false);
  });

  it('slow-shard: slowing a shard mid-run does it', () => {
    const slow: TimedCommand = { at: 5000, node: 'shard-2', action: 'slow', factor: 4 };
    expect(check('slow-shard', { addShardAtS: 0 })).toBe(false);
    expect(check('slow-shard', { addShardAtS: 0 }, 10, [slow])).toBe(true);
  });
});
