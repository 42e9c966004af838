import type { PartitionedLog } from './partitionLog';

/**
 * Which member of a consumer group reads which partition: Kafka's range assignment. Members
 * (by index) are taken in order; each gets a contiguous run of partitions, the first ones one
 * extra when they do not divide evenly. A partition has exactly one reader in the group, so
 * members beyond the partition count get nothing. Returns the member per partition (-1: none).
 */
export function assignPartitions(partitions: number, members: readonly number[]): Int32Array {
  const owner = new Int32Array(partitions).fill(-1);
  const m = [...members].sort((a, b) => a - b);
  if (m.length === 0) return owner;
  const per = Math.floor(partitions / m.length);
  const extra = partitions % m.length;
  let p = 0;
  m.forEach((member, i) => {
    const n = per + (i < extra ? 1 : 0);
    for (let k = 0; k < n; k++) owner[p++] = member;
  });
  return owner;
}

/**
 * One consumer group's place in a topic: per partition, the committed offset (the next entry
 * the group still has to process) and the position (the next entry to hand out, ahead of the
 * committed one while an entry is being worked on). Each group has its own, which is why
 * every group reads every event.
 */
export class GroupOffsets {
  readonly committed: Float64Array;
  readonly position: Float64Array;
  /** Entries that expired before this group read them. */
  lostUnread = 0;
  /** The most entries this group has ever had left to read. */
  maxLag = 0;

  constructor(private readonly log: PartitionedLog<unknown>) {
    this.committed = new Float64Array(log.partitions);
    this.position = new Float64Array(log.partitions);
  }

  /** Entries appended to a partition and not yet processed by this group. */
  lagOf(partition: number): number {
    return this.log.endOffset(partition) - this.committed[partition]!;
  }

  get lag(): number {
    let n = 0;
    for (let p = 0; p < this.committed.length; p++) n += this.lagOf(p);
    return n;
  }

  /** Call after appends or seeks (the only things that make lag grow). */
  noteLag(): void {
    this.maxLag = Math.max(this.maxLag, this.lag);
  }

  /** Processing of `offset` finished: commit past it. False if it was already committed. */
  commit(partition: number, offset: number): boolean {
    if (offset + 1 <= this.committed[partition]!) return false;
    this.committed[partition] = offset + 1;
    if (this.position[partition]! < offset + 1) this.position[partition] = offset + 1;
    return true;
  }

  /** Start handing out again from the committed offset (after a rebalance or a failure). */
  rewindToCommitted(partition: number): void {
    this.position[partition] = this.committed[partition]!;
  }

  /**
   * Replay: move this group back (or forward) to `offset` in every partition, clamped to what
   * the log still holds. Returns how many already-processed entries will be read again.
   */
  seek(offset: number): number {
    let again = 0;
    for (let p = 0; p < this.committed.length; p++) {
      const to = Math.min(this.log.endOffset(p), Math.max(this.log.startOffset(p), offset));
      again += Math.max(0, this.committed[p]! - to);
      this.committed[p] = to;
      this.position[p] = to;
    }
    this.noteLag();
    return again;
  }

  /** Skips past entries retention removed; counts the ones this group never read. */
  skipExpired(): number {
    let lost = 0;
    for (let p = 0; p < this.committed.length; p++) {
      const start = this.log.startOffset(p);
      if (this.committed[p]! < start) {
        lost += start - this.committed[p]!;
        this.committed[p] = start;
      }
      if (this.position[p]! < start) this.position[p] = start;
    }
    this.lostUnread += lost;
    return lost;
  }
}
