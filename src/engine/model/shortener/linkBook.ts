import type { Ms } from '../../core/units';

/**
 * Which links exist. Links 1..existing were made before the run and are on every copy;
 * links made during the run get the numbers after that, and the book remembers when each was
 * made and which replication-log version holds it, so a copy can tell whether it has it yet.
 * The key space is a count, not an array: 100 million links cost nothing.
 */
export class LinkBook {
  private last: number;
  private readonly made = new Map<number, { at: Ms; version: number }>();

  constructor(readonly existing: number) {
    this.last = Math.max(0, Math.floor(existing));
  }

  /** A number for a link about to be created. */
  nextKey(): number {
    return ++this.last;
  }

  /** Made before the run: every copy has it. */
  isOld(key: number): boolean {
    return key <= this.existing;
  }

  /** A write of `key` was committed as `version` of its database's log. */
  committed(key: number, version: number, at: Ms): void {
    const m = this.made.get(key);
    if (m) m.version = version;
    else this.made.set(key, { at, version });
  }

  /** The log version that holds a new link (0: not committed). */
  versionOf(key: number): number {
    return this.made.get(key)?.version ?? 0;
  }

  /** How long ago a new link was first committed; Infinity for old or unknown links. */
  ageOf(key: number, now: Ms): Ms {
    const m = this.made.get(key);
    return m ? now - m.at : Infinity;
  }

  get createdCount(): number {
    return this.made.size;
  }
}
