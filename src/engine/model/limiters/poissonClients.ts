import type { Rng } from '../../core/rng';
import type { Ms, Rps } from '../../core/units';
import type { Sim } from '../../kernel/sim';
import { ClientSource, EV_NEXT_SEND, type ClientSourceOptions } from './clientSource';

export interface PoissonClientsOptions extends ClientSourceOptions {
  /** The client ids in the pool (at least one). */
  clients: readonly number[];
  /** Each client's average rate; they send independently of one another. */
  rpsEach: Rps;
  /** Nobody sends before this time (default 0). */
  startAt?: Ms;
}

/**
 * Several independent clients, each sending at random (Poisson) at `rpsEach`, as one part.
 * Merged, they are one Poisson stream at n * rpsEach whose every request comes from a client
 * picked at random: the same traffic, one part in the picture instead of n.
 */
export class PoissonClients extends ClientSource {
  private readonly arrivals: Rng;
  private readonly who: Rng;
  private readonly meanGap: Ms;

  constructor(
    sim: Sim,
    private readonly opts: PoissonClientsOptions,
  ) {
    super(sim, opts);
    if (opts.clients.length === 0) throw new RangeError(`${opts.name}: needs at least one client`);
    this.arrivals = sim.rng.stream(`${opts.name}/arrivals`);
    this.who = sim.rng.stream(`${opts.name}/who`);
    const total = opts.rpsEach * opts.clients.length;
    this.meanGap = total > 0 ? 1000 / total : Infinity;
    const start = Math.max(0, opts.startAt ?? 0);
    if (Number.isFinite(this.meanGap)) sim.at(start + this.gap(), this, EV_NEXT_SEND);
  }

  private gap(): Ms {
    return -this.meanGap * Math.log(this.arrivals.nextOpen());
  }

  protected next(): void {
    const ids = this.opts.clients;
    this.send(ids.length === 1 ? ids[0]! : ids[this.who.int(ids.length)]!);
    this.sim.schedule(this.gap(), this, EV_NEXT_SEND);
  }
}
