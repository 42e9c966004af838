import type { Ms } from '../../core/units';

/**
 * The primary's write-ahead log: every committed write in commit order, each with a version
 * number that is never reused (not even after a failover throws the log's tail away), so a
 * version names one write for the whole run. A write debits one account and may credit one
 * other. Pure bookkeeping: the replica set decides when entries reach each copy.
 */
export class ReplicationLog {
  private readonly debit: number[] = [];
  private readonly credit: number[] = [];
  private readonly versions: number[] = [];
  private readonly commits: Ms[] = [];
  /** 1 once the writer has been told the write succeeded. */
  private readonly confirmed: number[] = [];
  private nextVersion = 1;

  get length(): number {
    return this.versions.length;
  }

  /** Commits a write; `credited` is -1 when it touches one account only. Returns its version. */
  append(debited: number, credited: number, at: Ms): number {
    const v = this.nextVersion++;
    this.debit.push(debited);
    this.credit.push(credited);
    this.versions.push(v);
    this.commits.push(at);
    this.confirmed.push(0);
    return v;
  }

  debitOf(i: number): number {
    return this.debit[i] ?? -1;
  }

  creditOf(i: number): number {
    return this.credit[i] ?? -1;
  }

  /** The version at index i, or 0 past the end. */
  versionAt(i: number): number {
    return this.versions[i] ?? 0;
  }

  commitAt(i: number): Ms {
    return this.commits[i] ?? NaN;
  }

  /** Where a version sits in the log, or -1 if it is not there (lost in a failover). */
  indexOf(version: number): number {
    // Versions only grow along the log, so a binary search finds one.
    let lo = 0;
    let hi = this.versions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.versions[mid]!;
      if (v === version) return mid;
      if (v < version) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  markConfirmed(i: number): void {
    if (i >= 0 && i < this.confirmed.length) this.confirmed[i] = 1;
  }

  isConfirmed(i: number): boolean {
    return this.confirmed[i] === 1;
  }

  /**
   * Keeps the first n entries and forgets the rest (the new primary never had them).
   * Returns how many of the forgotten writes had been confirmed to their writers: lost writes.
   */
  truncate(n: number): number {
    const keep = Math.max(0, Math.min(this.length, Math.floor(n)));
    let lost = 0;
    for (let i = keep; i < this.confirmed.length; i++) lost += this.confirmed[i]!;
    for (const a of [this.debit, this.credit, this.versions, this.commits, this.confirmed])
      a.length = keep;
    return lost;
  }
}

/**
 * One database node's copy of the accounts: the version of each account as of the log prefix
 * it has applied. Entries apply strictly in log order, so `applied` only moves forward (a
 * rewind after a failover is the one, explicit, exception).
 */
export class DataCopy {
  /** How many log entries this copy has applied: it holds the log's first `applied` writes. */
  applied = 0;
  private readonly versions: Float64Array;

  constructor(readonly keys: number) {
    this.versions = new Float64Array(Math.max(0, Math.floor(keys)));
  }

  /** The version of an account this copy would answer with (0: never written). */
  versionOf(key: number): number {
    return this.versions[key] ?? 0;
  }

  /** Applies entry i if it is the next one in order; otherwise does nothing and says so. */
  apply(log: ReplicationLog, i: number): boolean {
    if (i !== this.applied || i >= log.length) return false;
    const v = log.versionAt(i);
    this.set(log.debitOf(i), v);
    this.set(log.creditOf(i), v);
    this.applied++;
    return true;
  }

  /** Applies everything up to entry n (the whole log by default). */
  catchUp(log: ReplicationLog, n = log.length): void {
    const to = Math.min(n, log.length);
    while (this.applied < to) this.apply(log, this.applied);
  }

  /** Goes back to holding only the log's first n entries, by replaying them from empty. */
  rewind(log: ReplicationLog, n: number): void {
    this.versions.fill(0);
    this.applied = 0;
    this.catchUp(log, n);
  }

  private set(key: number, v: number): void {
    if (key >= 0 && key < this.versions.length) this.versions[key] = v;
  }
}
