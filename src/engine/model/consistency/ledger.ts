import type { Ms } from '../../core/units';
import {
  compareStamps,
  newerStamp,
  ORIGIN_STAMP,
  type Reconciled,
  type WriteStamp,
} from './register';

/** A confirmed value last-writer-wins threw away, for the "what was lost" list. */
export interface LostWrite {
  /** When a replica discarded it (simulated ms). */
  at: Ms;
  key: number;
  value: number;
  /** Replica that had accepted it, and its stamp time. */
  node: number;
  writtenAt: number;
  /** What replaced it. */
  winnerValue: number;
  winnerNode: number;
  winnerAt: number;
  /** Either side was written while the network was split. */
  fromSplit: boolean;
}

const stampId = (s: WriteStamp): string => `${s.at}/${s.node}/${s.seq}`;

/**
 * The run's view from above, which no replica has: the newest confirmed write of every key
 * (what a read must reflect not to be stale), and every conflict and lost write, each counted
 * once however many replicas meet it.
 */
export class ConsistencyLedger {
  staleReads = 0;
  conflicts = 0;
  lostWrites = 0;
  /** Of those, the ones where either side was written while the network was split. */
  splitConflicts = 0;
  splitLostWrites = 0;
  /**
   * The first lost writes in the order they were discarded: at most `logLimit` from splits
   * and as many from calm times, so a busy calm start never crowds out what a storm lost.
   */
  readonly lostLog: LostWrite[] = [];
  private readonly logged = [0, 0];
  private readonly latest: WriteStamp[];
  private readonly pairs = new Set<string>();
  private readonly lost = new Set<string>();

  constructor(
    keys: number,
    private readonly logLimit = 50,
  ) {
    this.latest = new Array<WriteStamp>(keys).fill(ORIGIN_STAMP);
  }

  /** A write was acknowledged to its customer. */
  confirmed(key: number, stamp: WriteStamp): void {
    this.latest[key] = newerStamp(this.latest[key] ?? ORIGIN_STAMP, stamp);
  }

  /** The newest acknowledged write of a key so far. */
  latestConfirmed(key: number): WriteStamp {
    return this.latest[key] ?? ORIGIN_STAMP;
  }

  /**
   * A read answered with the value from write `returned`; `before` was the newest confirmed
   * write when the read arrived. Stale means older than that. Returns whether it was stale.
   */
  read(returned: WriteStamp, before: WriteStamp): boolean {
    const stale = compareStamps(returned, before) < 0;
    if (stale) this.staleReads++;
    return stale;
  }

  /** Records a conflict a replica met (once per pair of versions) and the value it lost. */
  conflict(key: number, r: Reconciled, at: Ms, fromSplit = false): void {
    const { loser, winner } = r;
    if (!r.conflict || !loser || !winner) return;
    const a = stampId(loser.stamp);
    const b = stampId(winner.stamp);
    const pair = `${key}:${a < b ? `${a}|${b}` : `${b}|${a}`}`;
    if (!this.pairs.has(pair)) {
      this.pairs.add(pair);
      this.conflicts++;
      if (fromSplit) this.splitConflicts++;
    }
    const id = `${key}:${a}`;
    if (this.lost.has(id)) return;
    this.lost.add(id);
    this.lostWrites++;
    if (fromSplit) this.splitLostWrites++;
    const kind = fromSplit ? 1 : 0;
    if (this.logged[kind]! >= this.logLimit) return;
    this.logged[kind]!++;
    this.lostLog.push({
      at,
      key,
      value: loser.value,
      node: loser.stamp.node,
      writtenAt: loser.stamp.at,
      winnerValue: winner.value,
      winnerNode: winner.stamp.node,
      winnerAt: winner.stamp.at,
      fromSplit,
    });
  }
}
