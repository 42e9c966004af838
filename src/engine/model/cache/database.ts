import { sampler, type Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import type { Call, Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { Server } from '../server';
import { VersionLedger } from './versionLedger';

/** Server schedules the end of a request's service as its first custom event. */
const EV_SERVICE_DONE = EV_CUSTOM;

export interface VersionedDatabaseOptions {
  name: string;
  /** Queries worked on at once (the connection pool). */
  connections: number;
  /** Queries allowed to wait for a connection; beyond it new ones are rejected. */
  queueLimit: number;
  readMs: Dist;
  writeMs: Dist;
  /** Where commits are recorded; a new ledger when omitted. */
  ledger?: VersionLedger;
}

/** Reads and writes draw from streams of their own, so the n-th write costs the same in every
 * variant of a run whatever the reads do (that keeps write-latency comparisons fair). */
function serviceByKind(sim: Sim, opts: VersionedDatabaseOptions): (req: Request) => Ms {
  const read = sampler(opts.readMs, sim.rng.stream(`${opts.name}/read`));
  const write = sampler(opts.writeMs, sim.rng.stream(`${opts.name}/write`));
  return (req) => (req.kind === 'write' ? write() : read());
}

/**
 * A database: a Server (connections, a waiting line, kill and slow) that keeps a version per
 * key. When a query finishes, a write commits the key's next version and a read answers with
 * the version current at that moment; the answer carries the version in `Call.value`.
 */
export class VersionedDatabase extends Server {
  readonly ledger: VersionLedger;

  constructor(sim: Sim, opts: VersionedDatabaseOptions) {
    super(sim, {
      name: opts.name,
      kind: 'database',
      workers: opts.connections,
      queueLimit: opts.queueLimit,
      service: serviceByKind(sim, opts),
    });
    this.ledger = opts.ledger ?? new VersionLedger();
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_SERVICE_DONE) {
      const call = payload as Call;
      // Only a query still held here finishes; one failed by a kill does not commit.
      if (call.heldBy === this) {
        const key = call.req.key;
        call.value =
          call.req.kind === 'write'
            ? this.ledger.commit(key, this.sim.now)
            : this.ledger.latest(key);
      }
    }
    super.handle(kind, payload);
  }
}
