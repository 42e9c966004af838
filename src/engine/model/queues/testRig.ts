// Shared set-up for this folder's tests (not exported from the engine): a producer firing a
// batch of messages at a broker, and consumers that record who handled which message when.
import { constant, uniform, type Dist } from '../../core/distributions';
import type { Component } from '../../kernel/component';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { Burst } from './burst';
import { Consumer } from './consumer';

export interface Handled {
  id: number;
  by: string;
  at: number;
}

export function rig(seed = 1) {
  const sim = new Sim({ seed });
  const handled: Handled[] = [];
  const consumers = (
    prefix: string,
    n: number,
    service: Dist = constant(100),
    downstream?: Component,
  ) =>
    Array.from(
      { length: n },
      (_, i) =>
        new Consumer(sim, {
          name: `${prefix}${i}`,
          service,
          retryMs: 100,
          onProcessed: (req) => handled.push({ id: req.id, by: `${prefix}${i}`, at: sim.now }),
          ...(downstream ? { downstream } : {}),
        }),
    );
  const produce = (target: Component, count: number, spreadMs = 0, at = 0, name = 'producer') =>
    new Burst(sim, { name, at, count, spreadMs, target, timeoutMs: Infinity });
  const provider = (name = 'provider') =>
    new Server(sim, { name, workers: 100, queueLimit: Infinity, service: constant(10) });
  return { sim, handled, consumers, produce, provider, jitter: uniform(50, 150) };
}

/** How many times each message id was handled. */
export function countById(handled: readonly Handled[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const h of handled) m.set(h.id, (m.get(h.id) ?? 0) + 1);
  return m;
}
