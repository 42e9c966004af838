import type { Ms } from '../../core/units';
import { KeyedMinHeap } from './keyedMinHeap';

/**
 * How fast each running query goes (ms of work done per ms) when `active` queries share
 * `cores`. Up to the core count each has a core to itself. Past it the cores are shared
 * evenly (cores / active each), and every query beyond the cores also slows all of them by
 * `contention` (0.02 = 2%): the time lost to switching between them, to locks and to
 * evicting each other's data from caches. So past the cores, adding queries lowers the
 * total work done per second, which is why more connections are not free.
 */
export function cpuShare(active: number, cores: number, contention: number): number {
  if (active <= cores) return 1;
  return cores / active / (1 + contention * (active - cores));
}

/**
 * Queries sharing a database's CPU ("processor sharing"): all running queries advance at the
 * same speed, which changes whenever one starts or ends. Instead of updating every query on
 * every change, it keeps one clock of work done per query since the CPU was last idle; a query
 * finishes when that clock reaches its start reading plus its work, so a heap ordered by that
 * finishing reading gives the next to finish in O(log n).
 */
export class SharedCpu<J> {
  /** Work each running query has received since the CPU was last idle. */
  private work = 0;
  private last: Ms;
  private speed = 1;
  private readonly heap = new KeyedMinHeap<J>();

  constructor(
    readonly cores: number,
    readonly contention: number,
    start: Ms = 0,
  ) {
    if (!(cores >= 1)) throw new RangeError('cores must be >= 1');
    if (!(contention >= 0)) throw new RangeError('contention must be >= 0');
    this.last = start;
  }

  get active(): number {
    return this.heap.size;
  }

  /** Current speed of each running query (1 while they fit on the cores). */
  get speedEach(): number {
    return this.speed;
  }

  /** Starts a query needing `work` ms of one core. */
  add(job: J, work: Ms, now: Ms): void {
    this.advance(now);
    this.heap.push(this.work + Math.max(0, work), job);
    this.speed = cpuShare(this.heap.size, this.cores, this.contention);
  }

  /** When the next query will finish if nothing else changes (Infinity when idle). */
  nextFinish(): Ms {
    if (this.heap.size === 0) return Infinity;
    return this.last + Math.max(0, this.heap.peekKey() - this.work) / this.speed;
  }

  /** Removes and returns the queries finished by `now`, in the order they finished. */
  finish(now: Ms): J[] {
    this.advance(now);
    const done: J[] = [];
    // Float slack: the clock lands on a finishing reading up to rounding, never beyond it.
    const slack = 1e-9 * Math.max(1, this.work);
    while (this.heap.size > 0 && this.heap.peekKey() <= this.work + slack)
      done.push(this.heap.pop()!);
    if (done.length > 0) this.settle();
    return done;
  }

  /** Drops every running query (the database died); returns them. */
  clear(now: Ms): J[] {
    this.advance(now);
    const all = this.heap.clear();
    this.settle();
    return all;
  }

  private advance(now: Ms): void {
    if (now > this.last) {
      if (this.heap.size > 0) this.work += (now - this.last) * this.speed;
      this.last = now;
    }
  }

  private settle(): void {
    // Restart the clock when idle so it stays small and precise over long runs.
    if (this.heap.size === 0) this.work = 0;
    this.speed = cpuShare(this.heap.size, this.cores, this.contention);
  }
}
