import type { Params } from '../params';
import { num } from '../scenario';
import { placerOf } from './model';

/** Whole numbers with thousands separators; one formatter, as making one per call is slow. */
const COUNT = new Intl.NumberFormat('en-US');
export const formatCount = (x: number): string => COUNT.format(x);

/** How many users the key map draws. */
export const SAMPLES = 100;

/** One sampled user: where it lives before and after a shard is added. */
export interface SampleKey {
  key: number;
  before: number;
  after: number;
}

/**
 * Users spread over the whole key space, from user 0 (the celebrity) up. Each is nudged by its
 * own index so even spacing never lines up with the shard count (every 1,000th user mod 4 is 0).
 */
export function sampleKeys(p: Params): SampleKey[] {
  const keys = num(p, 'keys');
  const n = num(p, 'shards');
  const before = placerOf(p, n);
  const after = placerOf(p, n + 1);
  return Array.from({ length: SAMPLES }, (_, i) => {
    const key = Math.min(keys - 1, Math.floor((i * keys) / SAMPLES) + i);
    return { key, before: before.shardOfKey(key), after: after.shardOfKey(key) };
  });
}

export type KeyState = 'stays' | 'waiting' | 'moved';

/** Where a sampled user is at the playhead: `phase` 0 before the move, 1 during, 2 after. */
export function keyState(s: SampleKey, phase: number, cutKey: number): KeyState {
  if (s.before === s.after) return 'stays';
  if (phase >= 2 || (phase >= 1 && s.key < cutKey)) return 'moved';
  return 'waiting';
}

/** The shard a sampled user is served from at the playhead. */
export const shardNow = (s: SampleKey, state: KeyState): number =>
  state === 'moved' ? s.after : s.before;
