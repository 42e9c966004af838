/** A connection handed to a waiter: `fresh` when it was opened for the waiters just now. */
export interface Lend<W> {
  waiter: W;
  conn: number;
  fresh: boolean;
}

/**
 * The bookkeeping of a connection pool, with no notion of time (the pooler component adds
 * that). Connections are idle, in use, or being opened; requests that find none idle wait in
 * one first-come, first-served line, and whichever connection frees up or finishes opening
 * goes to the front of that line. Connections stay open once opened: reuse is the point.
 */
export class ConnectionPool<W> {
  readonly size: number;
  /** Idle connections, most recently returned last: reuse takes the warmest one. */
  private readonly idle: number[] = [];
  private readonly using = new Set<number>();
  private readonly openingIds = new Set<number>();
  /** The waiting line; entries no longer in `waitingSet` were cancelled and are skipped. */
  private readonly line: W[] = [];
  private head = 0;
  private readonly waitingSet = new Set<W>();
  private nextId = 1;

  constructor(size: number) {
    if (!(size >= 1)) throw new RangeError('pool size must be >= 1');
    this.size = Number.isFinite(size) ? Math.floor(size) : Infinity;
  }

  get idleCount(): number {
    return this.idle.length;
  }
  get inUseCount(): number {
    return this.using.size;
  }
  get openingCount(): number {
    return this.openingIds.size;
  }
  get waitingCount(): number {
    return this.waitingSet.size;
  }
  /** Connections open (idle or in use). */
  get openCount(): number {
    return this.idle.length + this.using.size;
  }
  /** Open plus being opened: what the size limits. */
  get total(): number {
    return this.openCount + this.openingIds.size;
  }

  /** Takes an idle connection at once, or joins the line (and returns null). */
  acquire(w: W): Lend<W> | null {
    if (this.waitingSet.has(w)) throw new Error('already waiting');
    const conn = this.idle.pop();
    if (conn !== undefined) {
      this.using.add(conn);
      return { waiter: w, conn, fresh: false };
    }
    this.line.push(w);
    this.waitingSet.add(w);
    return null;
  }

  /** True when someone waits with no connection being opened for them, and there is room. */
  needsOpen(): boolean {
    return this.waitingSet.size > this.openingIds.size && this.total < this.size;
  }

  /** Starts opening a connection; returns its id. */
  beginOpen(): number {
    if (this.total >= this.size) throw new Error('pool is full');
    const id = this.nextId++;
    this.openingIds.add(id);
    return id;
  }

  isOpening(conn: number): boolean {
    return this.openingIds.has(conn);
  }

  /** A connection finished opening: it goes to the front of the line, or waits idle. */
  opened(conn: number): Lend<W> | null {
    if (!this.openingIds.delete(conn)) throw new Error(`connection ${conn} was not opening`);
    return this.handOff(conn, true);
  }

  /**
   * Opening failed (refused). If that leaves more waiters than connections on the way, the
   * one who has waited longest is told no: it is removed from the line and returned.
   */
  openFailed(conn: number): W | null {
    if (!this.openingIds.delete(conn)) throw new Error(`connection ${conn} was not opening`);
    return this.waitingSet.size > this.openingIds.size ? this.nextWaiter() : null;
  }

  /** A borrower is done: the connection goes to the next in line, or waits idle. */
  release(conn: number): Lend<W> | null {
    if (!this.using.delete(conn)) throw new Error(`connection ${conn} was not in use`);
    return this.handOff(conn, false);
  }

  /** An in-use connection broke (its database went away): it is gone, not returned. */
  discard(conn: number): void {
    if (!this.using.delete(conn)) throw new Error(`connection ${conn} was not in use`);
  }

  /** Closes every idle connection (the database forgot them); returns how many. */
  dropIdle(): number {
    const n = this.idle.length;
    this.idle.length = 0;
    return n;
  }

  /** Takes a waiter out of the line (it gave up); false if it was not waiting. */
  cancel(w: W): boolean {
    return this.waitingSet.delete(w);
  }

  /** Who is waiting, oldest first (without removing them). */
  waiters(): IterableIterator<W> {
    return this.waitingSet.values();
  }

  /** Forgets everything (the pool itself died): returns who was waiting, oldest first. */
  clear(): W[] {
    const waiting: W[] = [];
    for (let w = this.nextWaiter(); w !== null; w = this.nextWaiter()) waiting.push(w);
    this.idle.length = 0;
    this.using.clear();
    this.openingIds.clear();
    return waiting;
  }

  private handOff(conn: number, fresh: boolean): Lend<W> | null {
    const w = this.nextWaiter();
    if (w === null) {
      this.idle.push(conn);
      return null;
    }
    this.using.add(conn);
    return { waiter: w, conn, fresh };
  }

  /** Removes and returns the front of the line, skipping cancelled entries. */
  private nextWaiter(): W | null {
    while (this.head < this.line.length) {
      const w = this.line[this.head++]!;
      if (this.waitingSet.delete(w)) {
        this.compact();
        return w;
      }
    }
    this.compact();
    return null;
  }

  /** Drops consumed entries now and then instead of shifting on every pop. */
  private compact(): void {
    if (this.head === this.line.length) {
      this.line.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.line.length) {
      this.line.splice(0, this.head);
      this.head = 0;
    }
  }
}
