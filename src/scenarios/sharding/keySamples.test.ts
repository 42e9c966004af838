import { describe, expect, it } from 'vitest';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { formatCount, keyState, SAMPLES, sampleKeys, shardNow } from './keySamples';

const base = defaults(getScenario('sharding')!.params);

describe('the key map’s sample of users', () => {
  it('starts at the celebrity and never lines up with the shard count', () => {
    const s = sampleKeys(base);
    expect(s).toHaveLength(SAMPLES);
    expect(s[0]!.key).toBe(0);
    // Modulo over 4 shards: the sample covers every shard, not just shard 1.
    expect(new Set(s.map((x) => x.before)).size).toBe(4);
    // And it moves as the whole key space does, 4 in 5, going to 5 shards.
    expect(s.filter((x) => x.before !== x.after)).toHaveLength(80);
  });

  it('shows a range split as blocks, half of them moving', () => {
    const s = sampleKeys({ ...base, placement: 'range' });
    expect(s.map((x) => x.before)).toEqual([...s.map((x) => x.before)].sort((a, b) => a - b));
    expect(s.filter((x) => x.before !== x.after).length).toBeGreaterThan(45);
    expect(s.filter((x) => x.before !== x.after).length).toBeLessThan(55);
  });

  it('moves a key only once the copy has passed it', () => {
    const k = { key: 500, before: 1, after: 4 };
    expect(keyState(k, 0, 0)).toBe('waiting');
    expect(keyState(k, 1, 500)).toBe('waiting');
    expect(keyState(k, 1, 501)).toBe('moved');
    expect(keyState(k, 2, 0)).toBe('moved');
    expect(shardNow(k, 'waiting')).toBe(1);
    expect(shardNow(k, 'moved')).toBe(4);
    expect(keyState({ key: 3, before: 2, after: 2 }, 1, 0)).toBe('stays');
    expect(formatCount(99999)).toBe('99,999');
  });
});
