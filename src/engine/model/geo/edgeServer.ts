import type { Rng } from '../../core/rng';
import type { Component } from '../../kernel/component';
import type { Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { Server, type ServerOptions } from '../server';

export interface EdgeServerOptions extends Pick<
  ServerOptions,
  'name' | 'workers' | 'queueLimit' | 'service'
> {
  /** Where misses are fetched from. */
  origin: Component;
  /** Share of requests the edge can answer from the copy it holds, 0..1. */
  hitRatio: number;
  /** Told of every lookup, after the edge's own processing: hit or miss. */
  onLookup?: (req: Request, hit: boolean) => void;
  /**
   * Decides hits instead of a fresh draw per lookup, e.g. by request, so that a retry of the
   * same request finds the same answer (held or not). hitRatio is then only reported.
   */
  holds?: (req: Request) => boolean;
}

/**
 * A CDN edge server: a Server in a city near its users that answers from its own copy when
 * it holds the file (a hit) and otherwise fetches it from the origin first (a miss), holding
 * the worker meanwhile. Whether a request hits is a draw from the edge's own stream, so the
 * hit ratio is a stated fact of the model rather than the outcome of a cache policy.
 *
 * A dead origin fails only the misses; a dead edge fails what it holds, like any Server.
 */
export class EdgeServer extends Server {
  hits = 0;
  misses = 0;
  readonly hitRatio: number;

  constructor(sim: Sim, opts: EdgeServerOptions) {
    const ratio = Math.min(1, Math.max(0, opts.hitRatio));
    const draws: Rng = sim.rng.stream(`${opts.name}/hits`);
    // The Server asks after processing whether this request needs the origin. `this` does not
    // exist yet while the options are built, so the counts go through a holder.
    const self: { edge: EdgeServer | null } = { edge: null };
    super(sim, {
      name: opts.name,
      kind: 'cdn',
      workers: opts.workers,
      queueLimit: opts.queueLimit,
      service: opts.service,
      downstream: opts.origin,
      needsDownstream: (req) => {
        const hit = opts.holds ? opts.holds(req) : draws.next() < ratio;
        const edge = self.edge!;
        if (hit) edge.hits++;
        else edge.misses++;
        opts.onLookup?.(req, hit);
        return !hit;
      },
    });
    self.edge = this;
    this.hitRatio = ratio;
  }
}
