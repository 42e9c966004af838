import type { Dist } from '../../core/distributions';
import type { Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { Server } from '../server';

/** Server schedules the end of a request's service as its first custom event. */
const EV_SERVICE_DONE = EV_CUSTOM;

export interface KeyServiceOptions {
  name: string;
  /** Calls worked on at once (1: one counter, handed out strictly in turn). */
  workers: number;
  queueLimit: number;
  service: Dist;
  /** What the service hands out when a call's work is done: a code, or a block's start. */
  issue: () => number;
}

/**
 * The key-generation service: a Server (a line, kill, slow) whose finished call answers with
 * a number from `issue`, taken at the moment the work ends, so calls are served strictly in
 * turn and two callers never get the same number. Killed, it answers nothing.
 */
export class KeyService extends Server {
  issued = 0;

  constructor(
    sim: Sim,
    private readonly opts: KeyServiceOptions,
  ) {
    super(sim, {
      name: opts.name,
      kind: 'service',
      workers: opts.workers,
      queueLimit: opts.queueLimit,
      service: opts.service,
    });
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_SERVICE_DONE) {
      const call = payload as Call;
      // Only a call still held here is answered; one failed by a kill issues nothing.
      if (call.heldBy === this) {
        call.value = this.opts.issue();
        this.issued++;
      }
    }
    super.handle(kind, payload);
  }
}
