import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_PROBE = EV_CUSTOM;

/** What DNS-based failover knows about the regions: the health checker's current belief. */
export interface RegionBeliefs {
  believedUp(region: number): boolean;
  /** Bumps on every change of belief, so readers can tell something moved. */
  readonly version: number;
  /** When the latest change of belief happened. */
  readonly lastChangeAt: Ms;
}

export interface RegionHealthOptions {
  name: string;
  /** One probe per region: true when the region answers (e.g. its balancer has a live instance). */
  probes: ReadonlyArray<() => boolean>;
  /** Time between probes of every region. */
  probeMs: Ms;
  /** A region must fail (or pass) probes for this long before the belief changes. */
  detectMs: Ms;
  /** Told of each change: region index, new belief, time. */
  onChange?: (region: number, up: boolean, at: Ms) => void;
}

/**
 * The health checker behind DNS failover (as in Route 53): it probes every region on a fixed
 * period and changes its mind only after a region has failed, or passed, for `detectMs` in a
 * row, so one lost probe does not move a continent's traffic. A region is detected down
 * between detectMs and detectMs + probeMs after it died.
 */
export class RegionHealthChecker extends BaseNode implements RegionBeliefs {
  version = 0;
  lastChangeAt: Ms = 0;
  /** When each region's belief last changed (NaN: never). */
  readonly changedAt: Float64Array;
  private readonly up: Uint8Array;
  /** Start of each region's current run of probes that disagree with the belief (NaN: none). */
  private readonly since: Float64Array;

  constructor(
    sim: Sim,
    private readonly opts: RegionHealthOptions,
  ) {
    super(sim, opts.name, 'internal', null);
    const n = opts.probes.length;
    this.up = new Uint8Array(n).fill(1);
    this.since = new Float64Array(n).fill(NaN);
    this.changedAt = new Float64Array(n).fill(NaN);
    if (!(opts.probeMs > 0)) throw new RangeError(`${opts.name}: probeMs must be > 0`);
    sim.schedule(opts.probeMs, this, EV_PROBE);
  }

  believedUp(region: number): boolean {
    return this.up[region] === 1;
  }

  override handle(kind: number): void {
    if (kind !== EV_PROBE) return;
    const now = this.sim.now;
    this.opts.probes.forEach((probe, i) => {
      const ok = probe();
      if (ok === this.believedUp(i)) {
        this.since[i] = NaN;
        return;
      }
      if (Number.isNaN(this.since[i]!)) this.since[i] = now;
      if (now - this.since[i]! < this.opts.detectMs) return;
      this.up[i] = ok ? 1 : 0;
      this.since[i] = NaN;
      this.changedAt[i] = now;
      this.lastChangeAt = now;
      this.version++;
      this.opts.onChange?.(i, ok, now);
    });
    this.sim.schedule(this.opts.probeMs, this, EV_PROBE);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
}
