/**
 * The future-event list: a binary min-heap on parallel typed arrays, ordered by
 * (time, sequence). The sequence number makes events at the same time run in the order
 * they were scheduled, which keeps every run reproducible.
 *
 * Entries are (time, target, kind, payload). `pop()` writes the popped entry into the
 * public `out*` fields instead of allocating an object per event: this loop runs millions
 * of times a second.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private targets: Int32Array;
  private kinds: Int32Array;
  private payloads: unknown[];
  private nextSeq = 0;
  size = 0;

  outTime = 0;
  outTarget = 0;
  outKind = 0;
  outPayload: unknown = null;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.times = new Float64Array(cap);
    this.seqs = new Float64Array(cap);
    this.targets = new Int32Array(cap);
    this.kinds = new Int32Array(cap);
    this.payloads = new Array<unknown>(cap).fill(null);
  }

  /** Time of the next event, or +Infinity when empty. */
  peekTime(): number {
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, target: number, kind: number, payload: unknown): void {
    if (Number.isNaN(time)) throw new RangeError('EventQueue.push: time is NaN');
    if (this.size === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    // Sift the hole up from the end, moving parents down, then drop the entry in.
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (pt < time || (pt === time && seqs[p]! < seq)) break;
      this.move(p, i);
      i = p;
    }
    this.place(i, time, seq, target, kind, payload);
  }

  /** Removes the earliest event into the out* fields. Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.outTime = this.times[0]!;
    this.outTarget = this.targets[0]!;
    this.outKind = this.kinds[0]!;
    this.outPayload = this.payloads[0];
    const last = --this.size;
    if (last > 0) {
      const t = this.times[last]!;
      const s = this.seqs[last]!;
      const tg = this.targets[last]!;
      const k = this.kinds[last]!;
      const pl = this.payloads[last];
      this.payloads[last] = null;
      this.siftDownHole(t, s, tg, k, pl, last);
    } else {
      this.payloads[0] = null;
    }
    return true;
  }

  clear(): void {
    this.payloads.fill(null, 0, this.size);
    this.size = 0;
    this.nextSeq = 0;
  }

  private siftDownHole(t: number, s: number, tg: number, k: number, pl: unknown, n: number): void {
    const times = this.times;
    const seqs = this.seqs;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < n) {
        const ct = times[c]!;
        const rt = times[r]!;
        if (rt < ct || (rt === ct && seqs[r]! < seqs[c]!)) c = r;
      }
      const ct = times[c]!;
      if (t < ct || (t === ct && s < seqs[c]!)) break;
      this.move(c, i);
      i = c;
    }
    this.place(i, t, s, tg, k, pl);
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.targets[to] = this.targets[from]!;
    this.kinds[to] = this.kinds[from]!;
    this.payloads[to] = this.payloads[from];
  }

  private place(i: number, t: number, s: number, tg: number, k: number, pl: unknown): void {
    this.times[i] = t;
    this.seqs[i] = s;
    this.targets[i] = tg;
    this.kinds[i] = k;
    this.payloads[i] = pl;
  }

  private grow(): void {
    const cap = this.times.length * 2;
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
    this.times = grow64(this.times);
    this.seqs = grow64(this.seqs);
    this.targets = grow32(this.targets);
    this.kinds = grow32(this.kinds);
    this.payloads.length = cap;
    this.payloads.fill(null, this.size);
  }
}
