import type { Ms } from '../../core/units';

/**
 * What the database has committed: for each key, how many versions and when each one landed.
 * Version 0 is the value every key starts with. The database writes here; a cache only reads
 * it to measure how stale an answer was, which a real cache could never know.
 */
export class VersionLedger {
  /** times.get(key)[v - 1] is when version v of the key was committed. */
  private readonly times = new Map<number, Ms[]>();
  /** Writes committed, over all keys. */
  commits = 0;

  /** The newest committed version of a key. */
  latest(key: number): number {
    return this.times.get(key)?.length ?? 0;
  }

  /** Commits the next version of a key at `now`; returns its number. */
  commit(key: number, now: Ms): number {
    let t = this.times.get(key);
    if (!t) this.times.set(key, (t = []));
    t.push(now);
    this.commits++;
    return t.length;
  }

  /** When a version was committed: 0 for the initial version, NaN for one that never was. */
  committedAt(key: number, version: number): Ms {
    if (version === 0) return 0;
    return this.times.get(key)?.[version - 1] ?? NaN;
  }

  /**
   * How long an answer carrying `version` has been out of date at `now`: the time since the
   * first newer version was committed, or -1 when it is still the latest.
   */
  staleAge(key: number, version: number, now: Ms): Ms {
    if (version >= this.latest(key)) return -1;
    return now - this.committedAt(key, version + 1);
  }
}
