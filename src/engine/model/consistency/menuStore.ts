import type { Ms } from '../../core/units';
import { ORIGIN_STAMP, reconcile, type Reconciled, type VersionedValue } from './register';
import { vvBump, vvZero } from './versionVector';

/** Keeps a write's clock ahead of what it overwrites, as a hybrid logical clock does. */
const TICK = 0.001;

/**
 * One replica's copy of a small key space (the menu): a versioned value per key. Writes made
 * here are stamped and counted in this replica's entry of the version vector; values from
 * other replicas are reconciled in (see `reconcile`).
 */
export class MenuStore {
  private readonly entries: VersionedValue[];

  constructor(
    /** This replica's index in every version vector. */
    readonly node: number,
    replicas: number,
    initial: readonly number[],
  ) {
    const vv = vvZero(replicas);
    this.entries = initial.map((value) => ({ value, stamp: ORIGIN_STAMP, vv }));
  }

  get size(): number {
    return this.entries.length;
  }

  get(key: number): VersionedValue {
    const e = this.entries[key];
    if (!e) throw new RangeError(`no key ${key} in a menu of ${this.entries.length}`);
    return e;
  }

  /**
   * Accepts a write here. `at` is a clock time (AP) or a quorum counter (CP); it is nudged
   * past the overwritten value's, so a write always sorts after what it replaced.
   */
  write(key: number, value: number, at: Ms): VersionedValue {
    const prev = this.get(key);
    const vv = vvBump(prev.vv, this.node);
    const t = at > prev.stamp.at ? at : prev.stamp.at + TICK;
    const next: VersionedValue = {
      value,
      stamp: { at: t, node: this.node, seq: vv[this.node]! },
      vv,
    };
    this.entries[key] = next;
    return next;
  }

  /** Brings in another replica's version of a key; reports whether the two conflicted. */
  merge(key: number, incoming: VersionedValue): Reconciled {
    const r = reconcile(this.get(key), incoming);
    this.entries[key] = r.merged;
    return r;
  }

  /** Every key's version now (entries are immutable, so sharing them is safe). */
  snapshot(): VersionedValue[] {
    return this.entries.slice();
  }
}
