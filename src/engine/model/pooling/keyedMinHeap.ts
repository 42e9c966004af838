/**
 * A binary min-heap of items by a numeric key; equal keys come out in the order they went in
 * (a sequence number breaks ties), so runs stay deterministic whatever the heap's shape.
 */
export class KeyedMinHeap<T> {
  private keys: number[] = [];
  private seqs: number[] = [];
  private items: T[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.items.length;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.keys[0] ?? Infinity;
  }

  push(key: number, item: T): void {
    if (Number.isNaN(key)) throw new RangeError('heap key must not be NaN');
    this.keys.push(key);
    this.seqs.push(this.nextSeq++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** Removes and returns the item with the smallest key (undefined when empty). */
  pop(): T | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const top = this.items[0];
    this.move(n - 1, 0);
    this.keys.pop();
    this.seqs.pop();
    this.items.pop();
    if (n > 1) this.down(0);
    return top;
  }

  /** Empties the heap and returns what it held, in no particular order. */
  clear(): T[] {
    const all = this.items;
    this.keys = [];
    this.seqs = [];
    this.items = [];
    return all;
  }

  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.seqs[i]! < this.seqs[j]!);
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.items[to] = this.items[from]!;
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    const s = this.seqs[i]!;
    const it = this.items[i]!;
    this.move(j, i);
    this.keys[j] = k;
    this.seqs[j] = s;
    this.items[j] = it;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const m = r < n && this.less(r, l) ? r : l;
      if (!this.less(m, i)) return;
      this.swap(i, m);
      i = m;
    }
  }
}
