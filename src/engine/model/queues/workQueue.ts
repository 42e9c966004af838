/**
 * A RabbitMQ-style queue as a plain data structure: messages wait in order, each delivery
 * goes to one consumer and stays "unacked" with it until that consumer acknowledges it (the
 * message is then deleted) or gives it back (nack, or the consumer dies), when it returns to
 * the front of the queue marked as redelivered. `prefetch` caps the unacked messages one
 * consumer may hold. No clock and no randomness: the engine component decides when.
 */
export interface Delivery<T> {
  /** Unique per delivery (a redelivery gets a new tag), as in AMQP. */
  tag: number;
  /** Stable for the message's whole life. */
  id: number;
  payload: T;
  /** True when the message had been delivered before and came back. */
  redelivered: boolean;
}

interface Message<T> {
  id: number;
  payload: T;
  deliveries: number;
}

export class WorkQueue<T> {
  /** Messages waiting, oldest first; `head` skips the ones already taken. */
  private readonly ready: Array<Message<T>> = [];
  private head = 0;
  /** Messages given back, delivered before `ready` (they were older), lowest id first. */
  private readonly returned: Array<Message<T>> = [];
  /** Per consumer: delivery tag -> message it holds. */
  private readonly held = new Map<number, Map<number, Message<T>>>();
  private nextId = 1;
  private nextTag = 1;
  published = 0;
  acked = 0;
  /** Deliveries of a message that had been delivered before. */
  redeliveries = 0;
  /** The most messages ever in the queue at once (waiting plus unacked). */
  maxDepth = 0;

  constructor(readonly prefetch: number) {
    if (!(prefetch >= 1)) throw new RangeError('prefetch must be >= 1');
  }

  /** Messages waiting to be delivered. */
  get readyCount(): number {
    return this.ready.length - this.head + this.returned.length;
  }

  /** Messages delivered and not yet acknowledged, over all consumers. */
  get unackedCount(): number {
    let n = 0;
    for (const m of this.held.values()) n += m.size;
    return n;
  }

  /** Everything not yet acknowledged: what "queue depth" means to someone waiting on it. */
  get depth(): number {
    return this.readyCount + this.unackedCount;
  }

  unackedBy(consumer: number): number {
    return this.held.get(consumer)?.size ?? 0;
  }

  canDeliver(consumer: number): boolean {
    return this.readyCount > 0 && this.unackedBy(consumer) < this.prefetch;
  }

  publish(payload: T): number {
    const id = this.nextId++;
    this.ready.push({ id, payload, deliveries: 0 });
    this.published++;
    this.maxDepth = Math.max(this.maxDepth, this.depth);
    return id;
  }

  /** Hands the oldest waiting message to `consumer`, or null (nothing waiting, or prefetch full). */
  deliver(consumer: number): Delivery<T> | null {
    if (!this.canDeliver(consumer)) return null;
    const msg = this.returned.length > 0 ? this.returned.shift()! : this.ready[this.head++]!;
    this.compact();
    const tag = this.nextTag++;
    let mine = this.held.get(consumer);
    if (!mine) this.held.set(consumer, (mine = new Map()));
    mine.set(tag, msg);
    const redelivered = msg.deliveries > 0;
    if (redelivered) this.redeliveries++;
    msg.deliveries++;
    return { tag, id: msg.id, payload: msg.payload, redelivered };
  }

  /** The consumer is done with it: the message is deleted. False for an unknown tag. */
  ack(consumer: number, tag: number): boolean {
    const mine = this.held.get(consumer);
    if (!mine?.delete(tag)) return false;
    this.acked++;
    return true;
  }

  /** The consumer gives the message back to be delivered again. False for an unknown tag. */
  nack(consumer: number, tag: number): boolean {
    const mine = this.held.get(consumer);
    const msg = mine?.get(tag);
    if (!mine || !msg) return false;
    mine.delete(tag);
    this.giveBack(msg);
    return true;
  }

  /** The consumer's connection is gone: everything it held goes back. Returns how many. */
  dropConsumer(consumer: number): number {
    const mine = this.held.get(consumer);
    if (!mine) return 0;
    this.held.delete(consumer);
    for (const msg of mine.values()) this.giveBack(msg);
    return mine.size;
  }

  /** Ids of the messages a consumer holds (for tests and views). */
  heldIds(consumer: number): number[] {
    return [...(this.held.get(consumer)?.values() ?? [])].map((m) => m.id);
  }

  private giveBack(msg: Message<T>): void {
    // Returned messages keep their place among each other by age.
    let i = this.returned.length;
    while (i > 0 && this.returned[i - 1]!.id > msg.id) i--;
    this.returned.splice(i, 0, msg);
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.ready.length) {
      this.ready.splice(0, this.head);
      this.head = 0;
    }
  }
}
