import { fmix32 } from '../../core/rng';
import type { Ms } from '../../core/units';

/**
 * A Kafka-style topic as a plain data structure: `partitions` append-only logs. A key always
 * lands in the same partition (a hash of it), so events about one order stay in order. Reading
 * never removes anything; only retention does, dropping entries older than `retentionMs`.
 * Offsets count from 0 per partition and are never reused.
 */
export interface LogEntry<T> {
  offset: number;
  key: number;
  /** When it was appended. */
  at: Ms;
  payload: T;
}

class Partition<T> {
  readonly entries: Array<LogEntry<T>> = [];
  /** Index into `entries` of the oldest retained entry. */
  head = 0;
  /** Offset of the next entry to be written. */
  end = 0;

  get start(): number {
    return this.end - (this.entries.length - this.head);
  }
}

export class PartitionedLog<T> {
  private readonly parts: Array<Partition<T>>;
  /** Entries dropped by retention, over all partitions. */
  expired = 0;

  constructor(
    readonly partitions: number,
    readonly retentionMs: Ms = Infinity,
  ) {
    if (!(partitions >= 1) || !Number.isInteger(partitions))
      throw new RangeError('partitions must be a whole number >= 1');
    this.parts = Array.from({ length: partitions }, () => new Partition<T>());
  }

  /** The partition a key belongs to: the same key, the same partition, every time. */
  partitionOf(key: number): number {
    return fmix32(key | 0) % this.partitions;
  }

  append(key: number, payload: T, at: Ms): { partition: number; offset: number } {
    const partition = this.partitionOf(key);
    const p = this.parts[partition]!;
    const offset = p.end++;
    p.entries.push({ offset, key, at, payload });
    return { partition, offset };
  }

  /** The entry at an offset, or undefined if it expired or is not written yet. */
  entry(partition: number, offset: number): LogEntry<T> | undefined {
    const p = this.parts[partition];
    if (!p || offset < p.start || offset >= p.end) return undefined;
    return p.entries[p.head + (offset - p.start)];
  }

  /** Offset of the oldest retained entry. */
  startOffset(partition: number): number {
    return this.parts[partition]?.start ?? 0;
  }

  /** Offset the next append will get (the "log end offset"). */
  endOffset(partition: number): number {
    return this.parts[partition]?.end ?? 0;
  }

  /** Entries retained, over all partitions. */
  get size(): number {
    return this.parts.reduce((s, p) => s + p.end - p.start, 0);
  }

  /** Drops entries appended before `now - retentionMs`; returns how many went. */
  expire(now: Ms): number {
    const cutoff = now - this.retentionMs;
    let dropped = 0;
    for (const p of this.parts) {
      while (p.head < p.entries.length && p.entries[p.head]!.at < cutoff) {
        p.head++;
        dropped++;
      }
      if (p.head > 1024 && p.head * 2 > p.entries.length) {
        p.entries.splice(0, p.head);
        p.head = 0;
      }
    }
    this.expired += dropped;
    return dropped;
  }
}
