import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { CacheOp, type CacheServer } from '../cache/cacheServer';
import { NOT_FOUND } from './linkClients';
import type { LinkTally } from './linkTally';

/**
 * Where a create's short code comes from. `take` gives a code number, or null when the key
 * service must be asked first (a counter, or an empty range); `given` receives its answer.
 */
export interface CodeMaker {
  take(key: number, attempt: number): number | null;
  given(value: number): void;
}

/** What the unique index on short codes said about a stored code. */
export type Claim = 'ok' | 'collision' | 'duplicate';

export interface LinkAppOptions {
  name: string;
  cache: CacheServer | null;
  /** The database that holds links (a LinkGroup, or a router over shards). */
  store: Component;
  keygen: Component | null;
  /** Click events go here, fire and forget. */
  queue: Component | null;
  codes: CodeMaker;
  /** The unique index: decides whether a stored code clashes with another. */
  claim: (code: number) => Claim;
  maxTries: number;
  tally: LinkTally;
}

type Step = 'get' | 'read' | 'fill' | 'key' | 'write';

interface Pending {
  step: Step;
  op: CacheOp | null;
  attempt: number;
  code: number;
}

/**
 * The URL shortener's application logic, behind one app server (a Server whose downstream
 * this is, so the server's worker is held for the whole request). A redirect asks the cache,
 * then the database, and fills the cache with what it found; a link the database does not
 * have yet is answered "not found" (a 404 is an answer, not an error). A create gets a code
 * (from the key service if needed), inserts it, and tries again with a new code when the
 * unique index refuses it. Every answered redirect publishes a click event to the queue.
 */
export class LinkApp extends BaseNode {
  private readonly pending = new Map<Call, Pending>();

  constructor(
    sim: Sim,
    private readonly opts: LinkAppOptions,
  ) {
    super(sim, opts.name, 'internal', null);
  }

  receive(call: Call): void {
    if (call.req.kind === 'write') return this.nextCode(call, 0);
    const cache = this.opts.cache;
    if (!cache) return this.read(call);
    const op = new CacheOp('get');
    this.track(cache.send(call, this, op), { step: 'get', op, attempt: 0, code: 0 });
  }

  override onReply(child: Call): void {
    const p = this.pending.get(child);
    const call = child.parent;
    if (!p || !call) return; // a click event's acknowledgement
    this.pending.delete(child);
    switch (p.step) {
      case 'get':
        if (child.outcome === Outcome.ok && p.op!.ok) return this.answerRedirect(call, 1);
        return this.read(call);
      case 'read':
        if (child.outcome === Outcome.ok) return this.fill(call);
        if (child.value === NOT_FOUND) return this.answerRedirect(call, NOT_FOUND);
        return this.sim.reply(call, child.outcome);
      case 'fill':
        return this.answerRedirect(call, 1);
      case 'key':
        if (child.outcome !== Outcome.ok) return this.sim.reply(call, child.outcome);
        this.opts.codes.given(child.value);
        return this.nextCode(call, p.attempt, true);
      case 'write':
        return this.afterWrite(call, child, p);
    }
  }

  private read(call: Call): void {
    this.track(this.sim.forward(call, this, this.opts.store), {
      step: 'read',
      op: null,
      attempt: 0,
      code: 0,
    });
  }

  private fill(call: Call): void {
    const cache = this.opts.cache;
    if (!cache?.alive) return this.answerRedirect(call, 1);
    const op = new CacheOp('set', 1, this.sim.now);
    this.track(cache.send(call, this, op), { step: 'fill', op, attempt: 0, code: 0 });
  }

  private answerRedirect(call: Call, value: number): void {
    const q = this.opts.queue;
    if (q && value !== NOT_FOUND) {
      this.opts.tally.published++;
      this.sim.call(call.req, this, q);
    }
    this.sim.reply(call, Outcome.ok, value);
  }

  /** Gets a code for this attempt, asking the key service once if it has none to give. */
  private nextCode(call: Call, attempt: number, asked = false): void {
    const code = this.opts.codes.take(call.req.key, attempt);
    if (code !== null)
      return this.track(this.sim.forward(call, this, this.opts.store), {
        step: 'write',
        op: null,
        attempt,
        code,
      });
    const kg = this.opts.keygen;
    // Asked and still nothing (or nobody to ask): this create cannot get a code.
    if (!kg || asked) return this.sim.reply(call, Outcome.failed);
    this.track(this.sim.forward(call, this, kg), { step: 'key', op: null, attempt, code: 0 });
  }

  private afterWrite(call: Call, child: Call, p: Pending): void {
    if (child.outcome !== Outcome.ok) return this.sim.reply(call, child.outcome);
    const t = this.opts.tally;
    const claim = this.opts.claim(p.code);
    if (claim === 'ok') {
      t.codesMade++;
      return this.sim.reply(call, Outcome.ok, child.value);
    }
    if (claim === 'collision') t.collisions++;
    else t.duplicateCodes++;
    if (p.attempt + 1 >= this.opts.maxTries) {
      call.req.note ||= 'no free short code';
      return this.sim.reply(call, Outcome.failed);
    }
    this.nextCode(call, p.attempt + 1);
  }

  private track(child: Call, p: Pending): void {
    this.pending.set(child, p);
  }
}
