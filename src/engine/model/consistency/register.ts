import { vvCompare, vvMerge, type VersionVector } from './versionVector';

/**
 * Which write a value came from, totally ordered so last-writer-wins always has one answer:
 * by `at` (a clock time in AP, a quorum counter in CP), then the writing replica, then that
 * replica's own write count (two writes in the same millisecond on one replica).
 */
export interface WriteStamp {
  at: number;
  /** The replica that accepted the write; -1 for the menu everyone starts with. */
  node: number;
  seq: number;
}

/** The stamp of the starting menu: older than any write. */
export const ORIGIN_STAMP: WriteStamp = { at: 0, node: -1, seq: 0 };

/** Negative when a is older than b, 0 for the same write, positive when a is newer. */
export function compareStamps(a: WriteStamp, b: WriteStamp): number {
  return a.at - b.at || a.node - b.node || a.seq - b.seq;
}

export const newerStamp = (a: WriteStamp, b: WriteStamp): WriteStamp =>
  compareStamps(a, b) >= 0 ? a : b;

/** One key's value on one replica: the value, the write it came from, what it has seen. */
export interface VersionedValue {
  value: number;
  stamp: WriteStamp;
  vv: VersionVector;
}

/**
 * Last-writer-wins: keep the value with the newer stamp, and remember every write either
 * side had seen (so the loser's writes are never mistaken for new ones again). This is a
 * join: commutative, associative and idempotent, so replicas that swap states in any order
 * end up identical.
 */
export function lwwMerge(a: VersionedValue, b: VersionedValue): VersionedValue {
  const win = compareStamps(a.stamp, b.stamp) >= 0 ? a : b;
  const vv = vvMerge(a.vv, b.vv);
  return { value: win.value, stamp: win.stamp, vv };
}

export interface Reconciled {
  merged: VersionedValue;
  /** The version vectors were concurrent: neither side knew of the other's write. */
  conflict: boolean;
  /** In a conflict, the value last-writer-wins threw away. */
  loser: VersionedValue | null;
  /** In a conflict, the value that won. */
  winner: VersionedValue | null;
}

/**
 * Brings an incoming version into a local one. Version vectors tell an ordinary update (one
 * side had seen the other) from a conflict; either way LWW decides the value, so the result
 * never depends on which replica hears first.
 */
export function reconcile(local: VersionedValue, incoming: VersionedValue): Reconciled {
  const merged = lwwMerge(local, incoming);
  if (vvCompare(local.vv, incoming.vv) !== 'concurrent')
    return { merged, conflict: false, loser: null, winner: null };
  const localWins = compareStamps(local.stamp, incoming.stamp) >= 0;
  return {
    merged,
    conflict: true,
    loser: localWins ? incoming : local,
    winner: localWins ? local : incoming,
  };
}
