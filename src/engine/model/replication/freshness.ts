import type { ReplicationLog } from './log';

/**
 * The newest confirmed version of each account: a read that answers with anything older is
 * stale. Only confirmed writes count, since nobody can expect a write they were not told of.
 */
export class ConfirmedVersions {
  private readonly v: Float64Array;

  constructor(keys: number) {
    this.v = new Float64Array(Math.max(1, Math.floor(keys)));
  }

  of(key: number): number {
    return this.v[key] ?? 0;
  }

  /** Log entry i has just been confirmed to its writer. */
  raise(log: ReplicationLog, i: number): void {
    const version = log.versionAt(i);
    for (const key of [log.debitOf(i), log.creditOf(i)])
      if (key >= 0 && key < this.v.length && version > this.v[key]!) this.v[key] = version;
  }

  /** After a failover lost writes, fresh means the newest confirmed write that still exists. */
  rebuild(log: ReplicationLog): void {
    this.v.fill(0);
    for (let i = 0; i < log.length; i++) if (log.isConfirmed(i)) this.raise(log, i);
  }
}

/**
 * Which copy to promote: the live one (other than the dead primary) that has applied the
 * most of the log, the lowest index on a tie; -1 when none is alive.
 */
export function mostCaughtUp(
  members: ReadonlyArray<{ alive: boolean; applied: number }>,
  primary: number,
): number {
  let best = -1;
  members.forEach((m, j) => {
    if (j === primary || !m.alive) return;
    if (best < 0 || m.applied > members[best]!.applied) best = j;
  });
  return best;
}
