import { fmix32 } from '../../core/rng';

const TWO_POW_32 = 4294967296;

/** Where virtual node `vnode` of shard `shard` sits on the ring: fixed, so rings are comparable. */
export function vnodePoint(shard: number, vnode: number): number {
  return fmix32((Math.imul(shard + 1, 0x9e3779b1) ^ fmix32((vnode + 0x7f4a7c15) >>> 0)) >>> 0);
}

/**
 * A consistent-hash ring: each shard owns `vnodes` points on a circle of 2^32 positions, and a
 * position belongs to the first point at or after it (wrapping round). A shard's points do not
 * depend on how many shards there are, so adding shard N only takes over the arcs in front of
 * its own points: every key that moves, moves to the new shard.
 */
export class HashRing {
  readonly shards: number;
  readonly vnodes: number;
  /** Points in ascending order, and the shard owning each. */
  private readonly points: Uint32Array;
  private readonly owners: Uint16Array;

  constructor(shards: number, vnodes: number) {
    if (!(shards >= 1)) throw new RangeError('a ring needs at least one shard');
    if (!(vnodes >= 1)) throw new RangeError('a ring needs at least one point per shard');
    this.shards = Math.floor(shards);
    this.vnodes = Math.floor(vnodes);
    const all: Array<[number, number]> = [];
    for (let s = 0; s < this.shards; s++)
      for (let v = 0; v < this.vnodes; v++) all.push([vnodePoint(s, v), s]);
    // Ties (two points on one position) go to the lower shard, so the order is total.
    all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    this.points = Uint32Array.from(all, (p) => p[0]);
    this.owners = Uint16Array.from(all, (p) => p[1]);
  }

  get size(): number {
    return this.points.length;
  }

  /** The shard owning a 32-bit position. */
  ownerOf(position: number): number {
    const pts = this.points;
    let lo = 0;
    let hi = pts.length;
    // First point >= position; past the last point the ring wraps to the first.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return this.owners[lo === pts.length ? 0 : lo]!;
  }

  /** Each shard's share of the circle (sums to 1): how evenly the points landed. */
  shares(): number[] {
    const out = new Array<number>(this.shards).fill(0);
    const n = this.points.length;
    for (let i = 0; i < n; i++) {
      // Point i owns the arc from the previous point (exclusive) up to itself.
      const prev = i === 0 ? this.points[n - 1]! - TWO_POW_32 : this.points[i - 1]!;
      out[this.owners[i]!]! += (this.points[i]! - prev) / TWO_POW_32;
    }
    return out;
  }
}
