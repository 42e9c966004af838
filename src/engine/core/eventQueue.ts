/**
 * The future-event list, ordered by (time, sequence). The sequence number makes events at
 * the same time run in the order they were scheduled, which keeps every run reproducible.
 *
 * Entries are (time, target, kind, payload). `pop()` writes the popped entry into the
 * public `out*` fields instead of allocating an object per event: this loop runs millions
 * of times a second.
 *
 * Two sorted structures hold the entries, and `pop()` takes whichever head is earlier by
 * (time, sequence), a plain merge, so the order is exactly that of one heap:
 * - a binary min-heap on typed arrays. It holds only each entry's time and slot number, so
 *   sifting moves two numbers per level; the slot holds the sequence, target, kind, payload.
 * - a FIFO "now lane" for entries at exactly the time of the last pop (zero delays: a hop
 *   over a link without latency, a reply, a hand-off). Such entries are pushed in sequence
 *   order at one time, so they are already sorted and never touch the heap.
 */
export class EventQueue {
  private heapTime: Float64Array;
  private heapSlot: Int32Array;
  private heapSize = 0;
  private seqs: Float64Array;
  private targets: Int32Array;
  private kinds: Int32Array;
  private payloads: unknown[];
  /** Unused slots, as a stack. */
  private freeSlots: Int32Array;
  private freeCount: number;

  /** The lane: a ring buffer (capacity a power of two) of entries all equal to `laneTime`. */
  private laneTimes: Float64Array;
  private laneSeq: Float64Array;
  private laneTarget: Int32Array;
  private laneKind: Int32Array;
  private lanePayload: unknown[];
  private laneHead = 0;
  private laneCount = 0;
  private laneTime = 0;
  /** Time of the last popped entry: a push at this time may join the lane. */
  private lastTime = -Infinity;

  private nextSeq = 0;
  size = 0;

  outTime = 0;
  outTarget = 0;
  outKind = 0;
  outPayload: unknown = null;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.heapTime = new Float64Array(cap);
    this.heapSlot = new Int32Array(cap);
    this.seqs = new Float64Array(cap);
    this.targets = new Int32Array(cap);
    this.kinds = new Int32Array(cap);
    this.payloads = new Array<unknown>(cap).fill(null);
    this.freeSlots = new Int32Array(cap);
    this.freeCount = cap;
    this.resetFreeSlots();
    const laneCap = 64;
    this.laneTimes = new Float64Array(laneCap);
    this.laneSeq = new Float64Array(laneCap);
    this.laneTarget = new Int32Array(laneCap);
    this.laneKind = new Int32Array(laneCap);
    this.lanePayload = new Array<unknown>(laneCap).fill(null);
  }

  /** Time of the next event, or +Infinity when empty. */
  peekTime(): number {
    if (this.laneFirst()) return this.laneTimes[this.laneHead]!;
    return this.heapSize > 0 ? this.heapTime[0]! : Infinity;
  }

  /** Whether the next entry is the lane's head (rather than the heap's top). */
  private laneFirst(): boolean {
    return (
      this.laneCount > 0 &&
      (this.heapSize === 0 ||
        this.laneTime < this.heapTime[0]! ||
        (this.laneTime === this.heapTime[0]! &&
          this.laneSeq[this.laneHead]! < this.seqs[this.heapSlot[0]!]!))
    );
  }

  push(time: number, target: number, kind: number, payload: unknown): void {
    if (Number.isNaN(time)) throw new RangeError('EventQueue.push: time is NaN');
    const seq = this.nextSeq++;
    this.size++;
    if (this.laneCount > 0 ? time === this.laneTime : time === this.lastTime) {
      if (this.laneCount === this.laneSeq.length) this.growLane();
      const j = (this.laneHead + this.laneCount) & (this.laneSeq.length - 1);
      this.laneTimes[j] = time;
      this.laneSeq[j] = seq;
      this.laneTarget[j] = target;
      this.laneKind[j] = kind;
      this.lanePayload[j] = payload;
      this.laneTime = time;
      this.laneCount++;
      return;
    }
    if (this.heapSize === this.heapTime.length) this.growHeap();
    const slot = this.freeSlots[--this.freeCount]!;
    this.seqs[slot] = seq;
    this.targets[slot] = target;
    this.kinds[slot] = kind;
    this.payloads[slot] = payload;
    const times = this.heapTime;
    const slots = this.heapSlot;
    const seqs = this.seqs;
    // Sift the hole up from the end, moving parents down, then drop the entry in.
    let i = this.heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (pt < time || (pt === time && seqs[slots[p]!]! < seq)) break;
      times[i] = pt;
      slots[i] = slots[p]!;
      i = p;
    }
    times[i] = time;
    slots[i] = slot;
  }

  /** Removes the earliest event into the out* fields. Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.take(this.laneFirst());
    return true;
  }

  /** Pops the earliest event if it is due at or before `t` (the kernel's loop step). */
  popUntil(t: number): boolean {
    if (this.size === 0) return false;
    const lane = this.laneFirst();
    // Written as !(<=) so that a NaN bound pops nothing, as an empty queue does.
    if (!((lane ? this.laneTimes[this.laneHead]! : this.heapTime[0]!) <= t)) return false;
    this.take(lane);
    return true;
  }

  /** Moves the lane's head or the heap's top into the out* fields and removes it. */
  private take(lane: boolean): void {
    this.size--;
    if (lane) {
      const j = this.laneHead;
      this.outTime = this.laneTimes[j]!;
      this.outTarget = this.laneTarget[j]!;
      this.outKind = this.laneKind[j]!;
      this.outPayload = this.lanePayload[j];
      this.lanePayload[j] = null;
      this.laneHead = (j + 1) & (this.laneSeq.length - 1);
      this.laneCount--;
    } else {
      const slot = this.heapSlot[0]!;
      this.outTime = this.heapTime[0]!;
      this.outTarget = this.targets[slot]!;
      this.outKind = this.kinds[slot]!;
      this.outPayload = this.payloads[slot];
      this.payloads[slot] = null;
      this.freeSlots[this.freeCount++] = slot;
      const last = --this.heapSize;
      if (last > 0) this.siftDownHole(this.heapTime[last]!, this.heapSlot[last]!, last);
    }
    this.lastTime = this.outTime;
  }

  clear(): void {
    this.payloads.fill(null);
    this.lanePayload.fill(null);
    this.heapSize = 0;
    this.resetFreeSlots();
    this.laneHead = 0;
    this.laneCount = 0;
    this.lastTime = -Infinity;
    this.size = 0;
    this.nextSeq = 0;
  }

  private siftDownHole(t: number, slot: number, n: number): void {
    const times = this.heapTime;
    const slots = this.heapSlot;
    const seqs = this.seqs;
    const s = seqs[slot]!;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c]!;
      const r = c + 1;
      if (r < n) {
        const rt = times[r]!;
        if (rt < ct || (rt === ct && seqs[slots[r]!]! < seqs[slots[c]!]!)) {
          c = r;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && s < seqs[slots[c]!]!)) break;
      times[i] = ct;
      slots[i] = slots[c]!;
      i = c;
    }
    times[i] = t;
    slots[i] = slot;
  }

  private resetFreeSlots(): void {
    const cap = this.freeSlots.length;
    // Slot 0 on top of the stack: the first events use the lowest slots.
    for (let k = 0; k < cap; k++) this.freeSlots[k] = cap - 1 - k;
    this.freeCount = cap;
  }

  private growHeap(): void {
    const old = this.heapTime.length;
    const cap = old * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.heapTime = grow64(this.heapTime);
    this.heapSlot = grow32(this.heapSlot);
    this.seqs = grow64(this.seqs);
    this.targets = grow32(this.targets);
    this.kinds = grow32(this.kinds);
    this.payloads.length = cap;
    this.payloads.fill(null, old);
    // Only called when every slot is taken: the free stack is empty, the new slots are free.
    this.freeSlots = new Int32Array(cap);
    for (let k = 0; k < old; k++) this.freeSlots[k] = cap - 1 - k;
    this.freeCount = old;
  }

  private growLane(): void {
    const old = this.laneSeq.length;
    const cap = old * 2;
    const times = new Float64Array(cap);
    const seq = new Float64Array(cap);
    const target = new Int32Array(cap);
    const kind = new Int32Array(cap);
    const payload = new Array<unknown>(cap).fill(null);
    // Unwrap the ring so the oldest entry lands at 0.
    for (let k = 0; k < this.laneCount; k++) {
      const j = (this.laneHead + k) & (old - 1);
      times[k] = this.laneTimes[j]!;
      seq[k] = this.laneSeq[j]!;
      target[k] = this.laneTarget[j]!;
      kind[k] = this.laneKind[j]!;
      payload[k] = this.lanePayload[j];
    }
    this.laneTimes = times;
    this.laneSeq = seq;
    this.laneTarget = target;
    this.laneKind = kind;
    this.lanePayload = payload;
    this.laneHead = 0;
  }
}
