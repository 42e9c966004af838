import {
  TAG_HEAVY,
  TAG_SHARD_COPY,
  makeShardKey,
  placerFor,
  type KeyPlacer,
  type Ms,
  type Request,
  type Rng,
  type ShardKeyKind,
  type ShardPlacementKind,
} from '../../engine';
import type { Params } from '../params';
import { num, str } from '../scenario';

/** Connections each shard works on at once. */
export const SHARD_WORKERS = 8;
/** Requests a shard lets wait before it turns new ones away. */
export const SHARD_QUEUE_LIMIT = 300;
/** A read costs this share of a write. */
export const READ_COST = 0.5;
/** One shard's part of a cross-shard query costs this many writes (an index scan). */
export const SCAN_COST = 4;
/** Copying a key costs this share of a write, on each side, at 100,000 keys. With more keys
 * each key is smaller: the data set is the same size however finely it is cut. */
export const COPY_COST = 0.02;
/** While a shard is added, 10% of the key space is copied per second at most. */
export const COPY_SHARE_PER_S = 0.1;
export const BATCH_INTERVAL_MS = 50;
export const CLIENT_TIMEOUT_MS = 5000;

export const shardName = (i: number): string => `shard-${i + 1}`;
export const shardLabel = (i: number): string => `Shard ${i + 1}`;

/** Mean work for one write on a shard, in ms: all its workers together finish `capacity`/s. */
export const writeMs = (p: Params): Ms => (SHARD_WORKERS * 1000) / num(p, 'shardCapacity');

/** Requests per second one shard can finish with this mix of reads and writes. */
export function shardRps(p: Params): number {
  const w = num(p, 'writeRatio');
  const perRequest = writeMs(p) * (w + (1 - w) * READ_COST);
  return (SHARD_WORKERS * 1000) / perRequest;
}

/** Time one copy job holds a worker, for `count` keys. */
export const copyMs = (p: Params, count: number): Ms =>
  count * COPY_COST * writeMs(p) * (100_000 / num(p, 'keys'));

/** Keys copied per batch: the share of the key space one batch interval allows. */
export const batchKeys = (p: Params): number =>
  Math.max(1, Math.round((num(p, 'keys') * COPY_SHARE_PER_S * BATCH_INTERVAL_MS) / 1000));

/** Work a request costs a shard: exponential around its kind's mean; copies by their size. */
export function shardService(p: Params, rng: Rng): (req: Request) => Ms {
  const write = writeMs(p);
  return (req) => {
    if (req.tag === TAG_SHARD_COPY) return copyMs(p, req.value);
    const mean =
      req.tag === TAG_HEAVY ? SCAN_COST * write : req.kind === 'write' ? write : READ_COST * write;
    return -mean * Math.log(rng.nextOpen());
  };
}

/** Where keys live with `shards` shards under the page's shard key and placement. */
export function placerOf(p: Params, shards: number): KeyPlacer {
  const key = makeShardKey(str<ShardKeyKind>(p, 'shardKey'), num(p, 'keys'));
  return placerFor(key, str<ShardPlacementKind>(p, 'placement'), shards, num(p, 'vnodes'));
}

/** Whether a shard joins during a run of this length. */
export const addsShard = (p: Params, durationMs: Ms): boolean =>
  num(p, 'addShardAtS') > 0 && num(p, 'addShardAtS') * 1000 < durationMs;
