import type { Dist } from '../../core/distributions';
import type { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { tagService } from './tagService';

/**
 * One weight per server: the given list in order, 1 for every server it does not cover. A
 * list longer than the farm is cut (the scenario tells the learner so).
 */
export function farmWeights(servers: number, given: readonly number[]): number[] {
  const n = Math.max(0, Math.floor(servers));
  return Array.from({ length: n }, (_, i) => {
    const w = given[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 1;
  });
}

/**
 * Workers for a server of this weight: capacity grows with the hardware the weight stands for
 * (a 64 GB box weighted 4 runs four times the workers of a 16 GB one weighted 1). At least one.
 */
export function workersForWeight(weight: number, workersPerWeight: number): number {
  return Math.max(1, Math.round(weight * workersPerWeight));
}

export interface FarmOptions {
  /** Server i is named `${prefix}${i + 1}`. */
  prefix: string;
  weights: readonly number[];
  workersPerWeight: number;
  queueLimit: number;
  light: Dist;
  heavy: Dist;
}

/** A row of servers, one per weight, each serving light and heavy requests on its own streams. */
export function buildFarm(sim: Sim, opts: FarmOptions): Server[] {
  return opts.weights.map((w, i) => {
    const name = `${opts.prefix}${i + 1}`;
    return new Server(sim, {
      name,
      workers: workersForWeight(w, opts.workersPerWeight),
      queueLimit: opts.queueLimit,
      service: tagService(sim, name, { light: opts.light, heavy: opts.heavy }),
    });
  });
}
