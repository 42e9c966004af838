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
import { ConnectionPool } from './connectionPool';
import type { ContendedDatabase } from './contendedDatabase';

const EV_OPENED = EV_CUSTOM;
const EV_GIVE_UP = EV_CUSTOM + 1;
const EV_DIALED = EV_CUSTOM + 2;

export interface ConnectionPoolerOptions {
  name: string;
  db: ContendedDatabase;
  /** Most connections kept open at once (ignored with `pooled` off). */
  size: number;
  /** Off: no pool, every request opens its own connection and closes it afterwards. */
  pooled: boolean;
  /** Time to open one connection (handshake, authentication, a new database process). */
  connect: Dist;
  /** A request waiting this long for a pooled connection gets an error (Infinity: never). */
  waitTimeoutMs: Ms;
}

/** A request waiting for a connection. */
interface Waiter {
  call: Call;
  since: Ms;
}

/**
 * Stands between the app and the database, as PgBouncer does: lends each query a connection
 * from its pool, opening new ones (paying the connect time) only when none is free and the
 * pool is below its size. Requests that find it exhausted wait in line and give up after the
 * wait timeout. With `pooled` off it is the app without a pool: each request opens its own
 * connection, runs its query and closes it.
 */
export class ConnectionPooler extends BaseNode {
  readonly db: ContendedDatabase;
  readonly pooled: boolean;
  private readonly pool: ConnectionPool<Waiter>;
  private readonly drawConnect: Sampler;
  private readonly waitTimeoutMs: Ms;
  /** Query calls out to the database, and the connection each holds. */
  private readonly held = new Map<Call, number>();
  /** In-use connections whose database died under them: dropped when their query returns. */
  private readonly broken = new Set<number>();
  /** Without a pool: requests opening their own connection, and those holding one. */
  private readonly dialing = new Set<Waiter>();
  private direct = 0;
  /** Ids of requests' own connections count down from -1, apart from the pool's. */
  private lastOwnId = 0;
  slowFactor = 1;
  /** Time each request spent waiting for a connection (queueing plus opening). */
  readonly waitTime = new LatencyHistogram();
  opened = 0;
  refusals = 0;
  waitTimeouts = 0;

  constructor(sim: Sim, opts: ConnectionPoolerOptions) {
    const size = Math.floor(opts.size);
    super(sim, opts.name, 'service', new NodeStats(opts.pooled ? size : 0, sim.now));
    this.db = opts.db;
    this.pooled = opts.pooled;
    this.pool = new ConnectionPool<Waiter>(size);
    this.drawConnect = sampler(opts.connect, sim.rng.stream(`${opts.name}/connect`));
    this.waitTimeoutMs = opts.waitTimeoutMs;
    opts.db.onReset(() => this.databaseLost());
  }

  get size(): number {
    return this.pooled ? this.pool.size : Infinity;
  }
  get idle(): number {
    return this.pool.idleCount;
  }
  get inUse(): number {
    return this.pooled ? this.pool.inUseCount : this.direct;
  }
  get opening(): number {
    return this.pooled ? this.pool.openingCount : this.dialing.size;
  }
  /** Requests without a connection yet (in line, or with one being opened for them). */
  get waiting(): number {
    return this.pooled ? this.pool.waitingCount : this.dialing.size;
  }
  get open(): number {
    return this.pooled ? this.pool.openCount : this.direct;
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const w: Waiter = { call, since: this.sim.now };
    if (!this.pooled) {
      this.dialing.add(w);
      this.sim.schedule(this.connectDelay(), this, EV_DIALED, w);
    } else {
      const lend = this.pool.acquire(w);
      if (lend) this.lendTo(w, lend.conn, false);
      else if (Number.isFinite(this.waitTimeoutMs))
        this.sim.schedule(this.waitTimeoutMs, this, EV_GIVE_UP, w);
      this.openAsNeeded();
    }
    this.publish();
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_OPENED) this.poolConnectDone(payload as number);
    else if (kind === EV_GIVE_UP) this.giveUp(payload as Waiter);
    else if (kind === EV_DIALED) this.ownConnectDone(payload as Waiter);
    this.publish();
  }

  private connectDelay(): Ms {
    return Math.max(0, this.drawConnect()) * this.slowFactor;
  }

  private openAsNeeded(): void {
    while (this.pool.needsOpen())
      this.sim.schedule(this.connectDelay(), this, EV_OPENED, this.pool.beginOpen());
  }

  /** A pool connection's handshake is over: the database takes it or refuses it. */
  private poolConnectDone(conn: number): void {
    if (!this.pool.isOpening(conn)) return; // the pool died meanwhile
    if (this.db.tryConnect()) {
      this.opened++;
      const lend = this.pool.opened(conn);
      if (lend) this.lendTo(lend.waiter, lend.conn, true);
    } else {
      this.refusals++;
      const w = this.pool.openFailed(conn);
      if (w) this.refused(w);
    }
    this.openAsNeeded();
  }

  /** Without a pool: a request's own handshake is over. */
  private ownConnectDone(w: Waiter): void {
    if (!this.dialing.delete(w)) return; // the pooler died meanwhile
    if (this.db.tryConnect()) {
      this.opened++;
      this.direct++;
      this.lendTo(w, --this.lastOwnId, true);
    } else {
      this.refusals++;
      this.refused(w);
    }
  }

  private refused(w: Waiter): void {
    w.call.req.note ||= this.db.alive
      ? `${this.db.name} refused the connection: too many connections`
      : `${this.db.name} is down`;
    this.end(w, Outcome.failed);
  }

  private giveUp(w: Waiter): void {
    if (!this.pool.cancel(w)) return; // it got a connection in time
    this.waitTimeouts++;
    w.call.req.note ||= `no free connection within ${this.waitTimeoutMs} ms`;
    this.end(w, Outcome.timedOut);
  }

  /** A waiter leaves without a connection. */
  private end(w: Waiter, outcome: Outcome): void {
    this.stats!.dropped++;
    this.traceWait(w, HopPhase.queue);
    this.sim.reply(w.call, outcome);
  }

  private lendTo(w: Waiter, conn: number, fresh: boolean): void {
    this.waitTime.record(this.sim.now - w.since);
    // A connection opened for it: its dot circles the pool instead of standing in line.
    this.traceWait(w, fresh ? HopPhase.service : HopPhase.queue);
    this.held.set(this.sim.forward(w.call, this, this.db), conn);
  }

  private traceWait(w: Waiter, phase: HopPhase): void {
    const req = w.call.req;
    if (req.sampled && w.since < this.sim.now)
      this.sim.trace.record(req.id, this.id, this.id, w.since, this.sim.now, phase, 0);
  }

  /** The run stops: requests still in line, or still opening their own connection, are traced
   * up to now, as a server traces its queue, so the picture shows who was waiting. */
  endRun(): void {
    for (const w of this.pool.waiters()) this.traceWait(w, HopPhase.queue);
    for (const w of this.dialing) this.traceWait(w, HopPhase.service);
  }

  override onReply(child: Call): void {
    const conn = this.held.get(child);
    if (conn === undefined) return; // the pooler died while the query ran
    this.held.delete(child);
    const dead = this.broken.delete(conn);
    if (conn < 0) {
      this.direct--;
      if (!dead) this.db.disconnect();
    } else if (dead) this.pool.discard(conn);
    else {
      const lend = this.pool.release(conn);
      if (lend) this.lendTo(lend.waiter, lend.conn, false);
    }
    if (child.outcome === Outcome.ok) this.stats!.served++;
    if (child.parent) this.sim.reply(child.parent, child.outcome);
    if (this.pooled) this.openAsNeeded();
    this.publish();
  }

  /** The database died: idle connections are gone, and those in use die with their query. */
  private databaseLost(): void {
    this.pool.dropIdle();
    for (const conn of this.held.values()) this.broken.add(conn);
    this.publish();
  }

  private publish(): void {
    const now = this.sim.now;
    this.stats!.setBusy(now, this.inUse);
    this.stats!.setQueued(now, this.waiting);
  }

  override command(cmd: NodeCommand): void {
    if (applyPartCommand(this, cmd)) this.die();
  }

  /** Every connection closes and everyone waiting or mid-query gets an error. */
  private die(): void {
    if (!this.alive) return;
    this.alive = false;
    for (const [child, conn] of this.held) {
      if (!this.broken.has(conn)) this.db.disconnect();
      if (child.parent) this.sim.reply(child.parent, Outcome.failed);
    }
    for (let n = this.pool.idleCount; n > 0; n--) this.db.disconnect();
    this.stats!.dropped += this.held.size;
    this.held.clear();
    this.broken.clear();
    this.direct = 0;
    for (const w of this.pool.clear()) this.end(w, Outcome.failed);
    for (const w of this.dialing) this.end(w, Outcome.failed);
    this.dialing.clear();
    this.publish();
  }
}
