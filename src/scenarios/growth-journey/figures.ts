import type { Ms } from '../../engine';
import type { DbFigure, GrowthFigures } from './bottleneck';
import {
  APP_WORKERS,
  CONNECTIONS_PER_SERVER,
  DB_MAX_CONNECTIONS,
  ORDER_ROWS,
  READ_MS,
  SCRAPER_RPS,
  WRITE_MS,
  farShare,
} from './plan';
import { countersOf, type GrowthSystem } from './system';

/** The finder's input, measured from the end of the warm-up to `until`. */
export function figuresOf(s: GrowthSystem, until: Ms): GrowthFigures {
  const { plan, tally } = s;
  const span = Math.max(1e-9, until - s.appLoad.startedAt);
  const now = countersOf(s);
  const was = s.atStart;
  const cpu = s.cpu.sinceStart();
  const appBusy = s.appLoad.overall(until);
  const heldMs = appBusy * APP_WORKERS * plan.servers * span;
  const refused = now.refused - was.refused;

  const busy = s.dbLoad.each(until);
  const db: DbFigure[] = s.data.members.map((m, i) => {
    const primary = m.set.primary === m.member;
    const reads = (now.memberReads[i] ?? 0) - (was.memberReads[i] ?? 0);
    const rows = primary ? (now.commits[m.shard] ?? 0) - (was.commits[m.shard] ?? 0) : 0;
    const work = reads * READ_MS + rows * WRITE_MS;
    return {
      name: m.node.name,
      role: primary ? 'primary' : 'replica',
      busy: busy[i] ?? 0,
      writeShare: work > 0 ? (rows * WRITE_MS) / work : 0,
      alive: m.node.alive,
    };
  });
  const reads = now.reads - was.reads;
  const rowsWritten = (now.orders - was.orders) * (s.data.queue ? 1 : ORDER_ROWS);
  const dbWork = reads * READ_MS + rowsWritten * WRITE_MS;
  const latency = tally.latencyAt(until);
  const down = s.sim.components.filter((c) => c.stats !== null && !c.alive).map((c) => c.name);

  return {
    users: plan.users,
    p50Ms: latency.count > 0 ? latency.quantile(0.5) : 0,
    p99Ms: latency.count > 0 ? latency.quantile(0.99) : 0,
    errorShare: tally.errorShare,
    far: {
      share: farShare(plan.users),
      filesP50Ms: tally.farFiles.count > 0 ? tally.farFiles.quantile(0.5) : 0,
      files: tally.farFiles.count,
    },
    app: {
      servers: plan.servers,
      busy: appBusy,
      cpuShare: heldMs > 0 ? Math.min(1, cpu.cpuMs / heldMs) : 0,
      scraperShare: cpu.scraperShare,
    },
    connections: {
      pooled: plan.pooled,
      wanted: plan.servers * CONNECTIONS_PER_SERVER,
      limit: DB_MAX_CONNECTIONS,
      refusedServers: plan.servers - plan.connectedServers,
      refusedShare: cpu.requests > 0 ? refused / cpu.requests : 0,
    },
    db,
    scraper: {
      present: plan.scraper,
      rps: SCRAPER_RPS,
      dbShare: dbWork > 0 ? ((now.scraperReads - was.scraperReads) * READ_MS) / dbWork : 0,
    },
    down,
  };
}
