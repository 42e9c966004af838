/**
 * A map of fixed capacity that forgets the entry used longest ago: get, set and delete each
 * take O(1). Entries sit in slots of parallel arrays threaded into a doubly linked list, most
 * recently used at the head, with a Map from key to slot. A hit relinks one slot and a full
 * set reuses the evicted slot, so steady traffic allocates nothing here.
 */
const NONE = -1;

export class LruMap<K, V> {
  readonly capacity: number;
  /** Entries pushed out to make room, ever. */
  evictions = 0;
  private readonly slotOf = new Map<K, number>();
  private readonly keyAt: Array<K | undefined> = [];
  private readonly valueAt: Array<V | undefined> = [];
  private readonly prev: number[] = [];
  private readonly next: number[] = [];
  /** Slots emptied by delete, reused before the arrays grow. */
  private readonly free: number[] = [];
  private head = NONE;
  private tail = NONE;

  constructor(capacity: number) {
    if (!(capacity >= 1) || !Number.isFinite(capacity))
      throw new RangeError('an LRU map needs a capacity of at least 1');
    this.capacity = Math.floor(capacity);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(key: K): boolean {
    return this.slotOf.has(key);
  }

  /** The value, without counting as a use. */
  peek(key: K): V | undefined {
    const s = this.slotOf.get(key);
    return s === undefined ? undefined : this.valueAt[s];
  }

  /** The value, and the entry becomes the most recently used. */
  get(key: K): V | undefined {
    const s = this.slotOf.get(key);
    if (s === undefined) return undefined;
    this.moveToHead(s);
    return this.valueAt[s];
  }

  /**
   * Stores a value as the most recently used entry. A new key in a full map evicts the least
   * recently used entry, whose key is returned (undefined when nothing was evicted).
   */
  set(key: K, value: V): K | undefined {
    const existing = this.slotOf.get(key);
    if (existing !== undefined) {
      this.valueAt[existing] = value;
      this.moveToHead(existing);
      return undefined;
    }
    let evicted: K | undefined;
    let s: number;
    if (this.slotOf.size >= this.capacity) {
      s = this.tail;
      evicted = this.keyAt[s];
      this.slotOf.delete(evicted as K);
      this.unlink(s);
      this.evictions++;
    } else {
      s = this.free.pop() ?? this.grow();
    }
    this.keyAt[s] = key;
    this.valueAt[s] = value;
    this.slotOf.set(key, s);
    this.linkAtHead(s);
    return evicted;
  }

  /** Removes an entry; false when there was none. */
  delete(key: K): boolean {
    const s = this.slotOf.get(key);
    if (s === undefined) return false;
    this.slotOf.delete(key);
    this.unlink(s);
    this.keyAt[s] = undefined;
    this.valueAt[s] = undefined; // let the value be collected
    this.free.push(s);
    return true;
  }

  clear(): void {
    this.slotOf.clear();
    this.keyAt.length = this.valueAt.length = this.prev.length = this.next.length = 0;
    this.free.length = 0;
    this.head = this.tail = NONE;
  }

  /** Keys from the most to the least recently used (for tests and inspection). */
  keys(): K[] {
    const out: K[] = [];
    for (let s = this.head; s !== NONE; s = this.next[s]!) out.push(this.keyAt[s] as K);
    return out;
  }

  private grow(): number {
    this.keyAt.push(undefined);
    this.valueAt.push(undefined);
    this.prev.push(NONE);
    return this.next.push(NONE) - 1;
  }

  private linkAtHead(s: number): void {
    this.prev[s] = NONE;
    this.next[s] = this.head;
    if (this.head !== NONE) this.prev[this.head] = s;
    this.head = s;
    if (this.tail === NONE) this.tail = s;
  }

  private unlink(s: number): void {
    const p = this.prev[s]!;
    const n = this.next[s]!;
    if (p !== NONE) this.next[p] = n;
    else this.head = n;
    if (n !== NONE) this.prev[n] = p;
    else this.tail = p;
    this.prev[s] = this.next[s] = NONE;
  }

  private moveToHead(s: number): void {
    if (s === this.head) return;
    this.unlink(s);
    this.linkAtHead(s);
  }
}
