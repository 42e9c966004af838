/**
 * Writes waiting for their replicas (synchronous replication), oldest first. Each waits for a
 * log index; since replicas apply in log order, the waits end in the order they began.
 */
export class Waiters {
  private readonly index: number[] = [];
  private readonly done: Array<(ok: boolean) => void> = [];
  private head = 0;

  get size(): number {
    return this.index.length - this.head;
  }

  add(index: number, done: (ok: boolean) => void): void {
    this.index.push(index);
    this.done.push(done);
  }

  /** Ends, with success, every wait for an index below `through`. */
  releaseBelow(through: number): void {
    while (this.head < this.index.length && this.index[this.head]! < through) {
      const done = this.done[this.head]!;
      this.head++;
      done(true);
    }
    this.compact();
  }

  /** Ends every wait with failure (the primary died before its replicas confirmed). */
  failAll(): void {
    const pending = this.done.slice(this.head);
    this.index.length = this.done.length = this.head = 0;
    for (const done of pending) done(false);
  }

  private compact(): void {
    if (this.head > 256 && this.head * 2 > this.index.length) {
      this.index.splice(0, this.head);
      this.done.splice(0, this.head);
      this.head = 0;
    }
  }
}
