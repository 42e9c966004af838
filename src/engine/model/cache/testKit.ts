import { BaseNode } from '../../kernel/baseNode';
import { Call, Outcome, type RequestKind } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import type { Component } from '../../kernel/component';
import type { CacheOp, CacheServer } from './cacheServer';

export interface Answer {
  key: number;
  kind: RequestKind;
  at: number;
  outcome: Outcome;
  value: number;
  sentAt: number;
}

type Job =
  | { to: Component; kind: RequestKind; key: number }
  | { cache: CacheServer; op: CacheOp; key: number };

/**
 * A hand-driven client for the cache tests: sends a request (or one cache operation) at a
 * chosen simulated time and records every answer. Test-only; not exported from the engine.
 */
export class TestClient extends BaseNode {
  readonly answers: Answer[] = [];

  constructor(sim: Sim) {
    super(sim, 'client', 'client', null);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  /** A read or write of `key` sent to `to` at time `at`. */
  request(at: number, to: Component, kind: RequestKind, key: number): void {
    this.sim.at(at, this, EV_CUSTOM, { to, kind, key } satisfies Job);
  }

  /** One cache operation on `key` at time `at`. */
  cacheOp(at: number, cache: CacheServer, op: CacheOp, key: number): void {
    this.sim.at(at, this, EV_CUSTOM, { cache, op, key } satisfies Job);
  }

  override handle(_kind: number, payload: unknown): void {
    const job = payload as Job;
    if ('to' in job) {
      this.sim.call(this.sim.newRequest(job.kind, job.key, 0, 0), this, job.to);
    } else {
      // A cache operation travels as a child of a call that stays with this client.
      const req = this.sim.newRequest('read', job.key, 0, 0);
      job.cache.send(new Call(req, this, this, this.sim.now, null), this, job.op);
    }
  }

  override onReply(call: Call): void {
    this.answers.push({
      key: call.req.key,
      kind: call.req.kind,
      at: this.sim.now,
      outcome: call.outcome,
      value: call.value,
      sentAt: call.sentAt,
    });
  }
}
