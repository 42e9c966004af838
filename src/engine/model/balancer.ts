import type { Rng } from '../core/rng';
import type { Ms } from '../core/units';
import { NodeStats } from '../metrics/nodeStats';
import { BaseNode } from '../kernel/baseNode';
import type { Component } from '../kernel/component';
import { Outcome, type Call } from '../kernel/request';
import { EV_CUSTOM, type Sim } from '../kernel/sim';

const EV_HEALTH = EV_CUSTOM;

export type BalancerStrategy = 'round-robin' | 'least-connections' | 'weighted' | 'random' | 'p2c';
export const BALANCER_STRATEGIES: readonly BalancerStrategy[] = [
  'round-robin',
  'least-connections',
  'weighted',
  'random',
  'p2c',
];

export interface BalancerOptions {
  name: string;
  strategy: BalancerStrategy;
  backends: readonly Component[];
  /** Relative capacities for `weighted`; all 1 when omitted. */
  weights?: readonly number[];
  /** How often the balancer probes its backends. A dead one keeps getting traffic until then. */
  healthCheckMs: Ms;
}

/**
 * A load balancer. It only knows what it can observe: its own count of open requests per
 * backend, and each backend's health as of the last check.
 */
export class LoadBalancer extends BaseNode {
  readonly strategy: BalancerStrategy;
  readonly backends: readonly Component[];
  /** Requests sent to each backend and not yet answered. */
  readonly open: Int32Array;
  /** Requests sent to each backend, ever. */
  readonly sent: Float64Array;
  /** The balancer's belief about each backend, updated at health checks. */
  readonly healthy: Uint8Array;
  private readonly weights: number[];
  private readonly current: number[];
  private rr = 0;
  private readonly rng: Rng;
  private healthCheckMs = 0;

  constructor(sim: Sim, opts: BalancerOptions) {
    super(sim, opts.name, 'balancer', new NodeStats(0, sim.now));
    if (opts.backends.length === 0)
      throw new RangeError(`${opts.name}: needs at least one backend`);
    this.strategy = opts.strategy;
    this.backends = opts.backends;
    const n = opts.backends.length;
    this.open = new Int32Array(n);
    this.sent = new Float64Array(n);
    this.healthy = new Uint8Array(n);
    this.healthy.fill(1);
    this.weights = opts.backends.map((_, i) => Math.max(0, opts.weights?.[i] ?? 1));
    if (!this.weights.some((w) => w > 0)) this.weights.fill(1);
    this.current = new Array<number>(n).fill(0);
    this.rng = sim.rng.stream(`${opts.name}/choice`);
    if (opts.healthCheckMs > 0 && Number.isFinite(opts.healthCheckMs)) {
      this.healthCheckMs = opts.healthCheckMs;
      sim.schedule(opts.healthCheckMs, this, EV_HEALTH);
    }
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const i = this.pick();
    if (i < 0) {
      stats.dropped++;
      call.req.note ||= 'no healthy server';
      this.sim.reply(call, Outcome.failed);
      return;
    }
    this.open[i]!++;
    this.sent[i]!++;
    this.sim.forward(call, this, this.backends[i]!);
  }

  override onReply(child: Call): void {
    const i = this.backends.indexOf(child.to);
    if (i >= 0) this.open[i]!--;
    if (child.outcome === Outcome.ok) this.stats!.served++;
    if (child.parent) this.sim.reply(child.parent, child.outcome, child.value);
  }

  override handle(kind: number): void {
    if (kind !== EV_HEALTH) return;
    this.backends.forEach((b, i) => (this.healthy[i] = b.alive ? 1 : 0));
    this.sim.schedule(this.healthCheckMs, this, EV_HEALTH);
  }

  /** Index of the chosen backend, or -1 when none is believed healthy. */
  pick(): number {
    const n = this.backends.length;
    switch (this.strategy) {
      case 'round-robin':
        for (let k = 0; k < n; k++) {
          const i = this.rr++ % n;
          if (this.healthy[i]) return i;
        }
        return -1;
      case 'least-connections': {
        let best = -1;
        for (let k = 0; k < n; k++) {
          // Start the scan where round-robin would, so ties spread instead of piling on 0.
          const i = (this.rr + k) % n;
          if (this.healthy[i] && (best < 0 || this.open[i]! < this.open[best]!)) best = i;
        }
        this.rr++;
        return best;
      }
      case 'weighted':
        return this.smoothWeighted();
      case 'random': {
        const up = this.healthyIndexes();
        return up.length ? up[this.rng.int(up.length)]! : -1;
      }
      case 'p2c': {
        const up = this.healthyIndexes();
        if (up.length <= 1) return up[0] ?? -1;
        // Two distinct picks: the second skips over the first.
        const ia = this.rng.int(up.length);
        let ib = this.rng.int(up.length - 1);
        if (ib >= ia) ib++;
        const a = up[ia]!;
        const b = up[ib]!;
        return this.open[b]! < this.open[a]! ? b : a;
      }
    }
  }

  /** Nginx's smooth weighted round-robin: even spacing, exact proportions. */
  private smoothWeighted(): number {
    let total = 0;
    let best = -1;
    for (let i = 0; i < this.backends.length; i++) {
      if (!this.healthy[i] || this.weights[i] === 0) continue;
      this.current[i]! += this.weights[i]!;
      total += this.weights[i]!;
      if (best < 0 || this.current[i]! > this.current[best]!) best = i;
    }
    if (best >= 0) this.current[best]! -= total;
    return best;
  }

  private healthyIndexes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.backends.length; i++) if (this.healthy[i]) out.push(i);
    return out;
  }
}
