import { sampler, type Dist, type Sampler } from '../../core/distributions';
import type { Ms } from '../../core/units';
import { LatencyHistogram } from '../../metrics/histogram';
import { NodeStats } from '../../metrics/nodeStats';
import { HopPhase } from '../../metrics/trace';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { applyPartCommand } from './partCommands';
import { SharedCpu } from './sharedCpu';

const EV_CPU = EV_CUSTOM;

export interface ContendedDatabaseOptions {
  name: string;
  /** CPU cores: queries up to this many run at full speed. */
  cores: number;
  /** Slowdown per query beyond the cores (see cpuShare). */
  contention: number;
  /** Connections it accepts at once; a connection attempt beyond it is refused. */
  maxConnections: number;
  /** CPU work one query needs, in ms of one core. */
  query: Dist;
}

interface Running {
  call: Call;
  start: Ms;
}

/**
 * A database with a connection limit and finite CPU. Connections are counted (opened by a
 * pool or a request, refused past the limit); each query that arrives runs on the shared CPU,
 * so past the core count every query slows down (see cpuShare). Killing it fails every running
 * query and forgets every connection; whoever holds connections hears of it through onReset.
 */
export class ContendedDatabase extends BaseNode {
  readonly cores: number;
  readonly maxConnections: number;
  connections = 0;
  peakConnections = 0;
  peakActive = 0;
  /** Connection attempts refused (at the limit, or while down). */
  refused = 0;
  slowFactor = 1;
  /** Time each query spent on the database, from arrival to answer. */
  readonly queryTime = new LatencyHistogram();
  private readonly cpu: SharedCpu<Running>;
  private readonly drawWork: Sampler;
  /** Only the latest scheduled CPU event is current; older ones are ignored. */
  private token = 0;
  private readonly resetListeners: Array<() => void> = [];

  constructor(sim: Sim, opts: ContendedDatabaseOptions) {
    super(sim, opts.name, 'database', new NodeStats(Math.floor(opts.cores), sim.now));
    if (!(opts.maxConnections >= 1))
      throw new RangeError(`${opts.name}: maxConnections must be >= 1`);
    this.cores = Math.floor(opts.cores);
    this.maxConnections = Math.floor(opts.maxConnections);
    this.cpu = new SharedCpu(this.cores, opts.contention, sim.now);
    this.drawWork = sampler(opts.query, sim.rng.stream(`${opts.name}/query`));
  }

  /** Queries running now (they may outnumber the cores). */
  get active(): number {
    return this.cpu.active;
  }

  /** A connection handshake completes: true if the database takes it. */
  tryConnect(): boolean {
    if (!this.alive || this.connections >= this.maxConnections) {
      this.refused++;
      return false;
    }
    this.connections++;
    if (this.connections > this.peakConnections) this.peakConnections = this.connections;
    return true;
  }

  disconnect(): void {
    if (this.connections > 0) this.connections--;
  }

  /** Called when the database loses every connection at once (it was killed). */
  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const now = this.sim.now;
    this.cpu.add({ call, start: now }, Math.max(0, this.drawWork()) * this.slowFactor, now);
    if (this.cpu.active > this.peakActive) this.peakActive = this.cpu.active;
    this.sync();
  }

  override handle(kind: number, payload: unknown): void {
    if (kind !== EV_CPU || payload !== this.token) return;
    const now = this.sim.now;
    for (const r of this.cpu.finish(now)) {
      const req = r.call.req;
      this.queryTime.record(now - r.start);
      if (req.sampled)
        this.sim.trace.record(req.id, this.id, this.id, r.start, now, HopPhase.service, 0);
      this.stats!.served++;
      this.sim.reply(r.call, Outcome.ok);
    }
    this.sync();
  }

  /** Publishes the load and schedules the next finish at the current speed. */
  private sync(): void {
    const now = this.sim.now;
    const active = this.cpu.active;
    this.stats!.setBusy(now, Math.min(active, this.cores));
    this.stats!.setQueued(now, Math.max(0, active - this.cores));
    const next = this.cpu.nextFinish();
    this.token++;
    if (Number.isFinite(next)) this.sim.at(next, this, EV_CPU, this.token);
  }

  override command(cmd: NodeCommand): void {
    if (applyPartCommand(this, cmd)) this.die();
  }

  /** Every running query fails and every connection is forgotten; listeners hear of it. */
  private die(): void {
    if (!this.alive) return;
    this.alive = false;
    const lost = this.cpu.clear(this.sim.now);
    for (const r of lost) {
      r.call.req.note ||= `${this.name} went down mid-query`;
      this.sim.reply(r.call, Outcome.failed);
    }
    this.stats!.dropped += lost.length;
    this.connections = 0;
    this.sync();
    for (const fn of this.resetListeners) fn();
  }
}
