import { describe, expect, it } from 'vitest';
import { createPlayer } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { liveShards, slowFactorAt } from './liveShards';

const scenario = getScenario('sharding')!;

/** A computed run (small runs compute on the spot, without a worker). */
function runData(over: Params) {
  const player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 900, ...over },
    seed: 1,
    durationS: 6,
  });
  const data = player.store.getState().data!;
  player.dispose();
  return data;
}

describe('live shard state from the frames', () => {
  it('reads load over the last second, and a shard that has not joined yet', () => {
    const data = runData({ addShardAtS: 4 });
    const before = liveShards(data, 3000, 5, 4000, []);
    expect(before.map((s) => s.waiting)).toEqual([false, false, false, false, true]);
    // 900 requests/s over 4 shards of about 667/s each: about a third busy.
    for (const s of before.slice(0, 4)) {
      expect(s.load).toBeGreaterThan(0.2);
      expect(s.load).toBeLessThan(0.5);
      expect(s.saturated).toBe(false);
    }
    expect(before[4]!.load).toBe(0);
    const after = liveShards(data, 5500, 5, 4000, []);
    expect(after[4]!.waiting).toBe(false);
    expect(after[4]!.load).toBeGreaterThan(0);
  });

  it('sees the celebrity’s shard full and the others not', () => {
    const data = runData({ rps: 1800, hotKeyShare: 0.3, addShardAtS: 0 });
    const shards = liveShards(data, 5000, 4, null, []);
    expect(shards[0]!.saturated).toBe(true);
    expect(shards.slice(1).every((s) => !s.saturated)).toBe(true);
  });

  it('knows which slow-down is in force at the playhead', () => {
    const cmds = [
      { at: 2000, node: 'shard-2', action: 'slow' as const, factor: 4 },
      { at: 5000, node: 'shard-2', action: 'restore' as const },
    ];
    expect(slowFactorAt(cmds, 'shard-2', 1000)).toBe(1);
    expect(slowFactorAt(cmds, 'shard-2', 3000)).toBe(4);
    expect(slowFactorAt(cmds, 'shard-1', 3000)).toBe(1);
    expect(slowFactorAt(cmds, 'shard-2', 6000)).toBe(1);
  });
});
