import { exponential } from '../core/distributions';
import type { Ms } from '../core/units';
import { Sim } from '../kernel/sim';
import { OpenLoopSource } from '../model/openLoopSource';
import { makeProfile } from '../model/profile';
import { Server } from '../model/server';

/** A plain M/M/c queue: Poisson arrivals at `rps`, c servers with exponential service. */
export function buildMmc(opts: {
  seed: number;
  rps: number;
  serviceMs: Ms;
  c: number;
  durationMs: Ms;
  trace?: boolean;
}) {
  const sim = new Sim({ seed: opts.seed, traceCapacity: opts.trace ? 100_000 : 0 });
  const server = new Server(sim, {
    name: 'server',
    workers: opts.c,
    queueLimit: Infinity,
    service: exponential(opts.serviceMs),
  });
  new OpenLoopSource(sim, {
    name: 'clients',
    rps: opts.rps,
    profile: makeProfile('constant', opts.durationMs),
    target: server,
    timeoutMs: Infinity,
  });
  return { sim, server };
}
