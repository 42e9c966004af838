import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import type { Consumer, ConsumerHost } from './consumer';
import { WorkQueue } from './workQueue';

export interface WorkQueueNodeOptions {
  name: string;
  /** Unacked messages one consumer may hold. */
  prefetch: number;
}

/**
 * A RabbitMQ queue with competing consumers. Publishing (a call to it) stores the message and
 * confirms at once. Waiting messages go round-robin to consumers that have prefetch room;
 * the consumer's answer is the ack (ok: deleted) or a nack (failed: back to the front). When a
 * consumer dies, everything it held is redelivered to the others. Each message is handled to
 * completion by exactly one consumer; nothing is dropped.
 * Frames show waiting messages as `queued` and unacked ones as `busy`.
 */
export class WorkQueueNode extends BaseNode implements ConsumerHost {
  readonly queue: WorkQueue<Request>;
  private readonly members: Consumer[] = [];
  private readonly up: boolean[] = [];
  private readonly inflight = new Map<Call, { member: number; tag: number }>();
  private rr = 0;

  constructor(sim: Sim, opts: WorkQueueNodeOptions) {
    super(sim, opts.name, 'queue', new NodeStats(0, sim.now));
    this.queue = new WorkQueue<Request>(opts.prefetch);
  }

  /** Subscribes a consumer to this queue. */
  addConsumer(c: Consumer): void {
    this.members.push(c);
    this.up.push(c.alive);
    c.attach(this);
  }

  get consumers(): readonly Consumer[] {
    return this.members;
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    this.queue.publish(call.req);
    this.sim.reply(call, Outcome.ok);
    this.dispatch();
  }

  /** Round-robin over consumers with room, one message each per pass, until none can take more. */
  private dispatch(): void {
    const q = this.queue;
    const n = this.members.length;
    let idlePasses = 0;
    while (this.alive && q.readyCount > 0 && idlePasses < n) {
      const i = this.rr++ % n;
      const d = this.up[i] ? q.deliver(i) : null;
      if (!d) {
        idlePasses++;
        continue;
      }
      idlePasses = 0;
      const call = this.sim.call(d.payload, this, this.members[i]!);
      this.inflight.set(call, { member: i, tag: d.tag });
    }
    this.show();
  }

  override onReply(call: Call): void {
    const rec = this.inflight.get(call);
    if (!rec) return;
    this.inflight.delete(call);
    if (call.outcome === Outcome.ok) {
      if (this.queue.ack(rec.member, rec.tag)) this.stats!.served++;
    } else {
      this.queue.nack(rec.member, rec.tag);
    }
    this.dispatch();
  }

  memberDown(c: Consumer): void {
    const i = this.members.indexOf(c);
    if (i < 0) return;
    this.up[i] = false;
    this.queue.dropConsumer(i);
    this.dispatch();
  }

  memberUp(c: Consumer): void {
    const i = this.members.indexOf(c);
    if (i < 0) return;
    this.up[i] = true;
    this.dispatch();
  }

  private show(): void {
    const now = this.sim.now;
    this.stats!.setQueued(now, this.queue.readyCount);
    this.stats!.setBusy(now, this.queue.unackedCount);
  }

  override command(cmd: NodeCommand): void {
    // A queue is durable: killed, it refuses publishes but keeps its messages for when it is back.
    super.command(cmd);
    if (this.alive) this.dispatch();
  }
}

/**
 * A fanout exchange: every message published to it is copied into each bound queue, so each
 * job (email, analytics, ...) gets its own copy to work through. It confirms once routed.
 */
export class FanoutExchange extends BaseNode {
  private readonly bound: Component[] = [];

  constructor(sim: Sim, name: string) {
    super(sim, name, 'queue', null);
  }

  bind(queue: Component): void {
    this.bound.push(queue);
  }

  receive(call: Call): void {
    if (!this.alive) {
      this.sim.reply(call, Outcome.failed);
      return;
    }
    for (const q of this.bound) this.sim.call(call.req, this, q);
    this.sim.reply(call, Outcome.ok);
  }

  // Confirms from the queues need no further action: the publish was already confirmed.
  override onReply(): void {}
}
