import {
  AccountHolders,
  DbNode,
  ReadWriteRouter,
  ReplicaSet,
  Sim,
  constant,
  exponential,
  lognormal,
  type ReplicationMode,
} from '../../engine';
import type { Params } from '../params';
import { bool, num, str } from '../scenario';

/** Every database node: 4 workers; a read takes 10 ms of work on average, a write 15 ms. */
export const DB_WORKERS = 4;
export const READ_MS = 10;
export const WRITE_MS = 15;
const QUEUE_LIMIT = 200;
/** Network, one way: user to the app's router, and router to a database node. */
const USER_NET_MS = 5;
const DB_NET_MS = 1;
/** How much replicas' lag varies around the typical value, and how often it drifts. */
const LAG_CV = 0.5;
const LAG_PERIOD_MS = 1000;
/** After "transfer done" the app shows the balance page about this soon. */
const FOLLOW_UP_MS = 100;
/** Page views of one's own account; the rest look at popular accounts (shops, shared pots). */
const OWN_READ_SHARE = 0.3;
const POPULARITY = 1;

/** Reads per second one database node can finish: workers / read time. */
export const nodeReadCapacity = (DB_WORKERS * 1000) / READ_MS;
export const nodeWriteCapacity = (DB_WORKERS * 1000) / WRITE_MS;

export const replicaName = (i: number): string => (i === 0 ? 'primary' : `replica-${i}`);

export interface ReplicaModel {
  sim: Sim;
  users: AccountHolders;
  router: ReadWriteRouter;
  set: ReplicaSet;
  nodes: DbNode[];
}

/** Users -> router -> primary + replicas, wired from the parameters on a fresh simulation. */
export function buildReplicaModel(p: Params, seed: number, traceCapacity: number): ReplicaModel {
  const sim = new Sim({ seed, traceCapacity });
  const set = new ReplicaSet(sim, {
    name: 'replication',
    keys: num(p, 'users'),
    mode: str<ReplicationMode>(p, 'replication'),
    lag: num(p, 'lagMs') > 0 ? lognormal(num(p, 'lagMs'), LAG_CV) : constant(0),
    lagPeriodMs: LAG_PERIOD_MS,
    failoverMs: num(p, 'failoverMs'),
    payeeZipf: POPULARITY,
  });
  const router = new ReadWriteRouter(sim, {
    name: 'router',
    set,
    clients: num(p, 'users'),
    readYourWrites: bool(p, 'readYourWrites'),
    pinMs: num(p, 'pinMs'),
  });
  const nodes = Array.from(
    { length: num(p, 'replicas') + 1 },
    (_, i) =>
      new DbNode(sim, set, {
        name: replicaName(i),
        workers: DB_WORKERS,
        queueLimit: QUEUE_LIMIT,
        read: exponential(READ_MS),
        write: exponential(WRITE_MS),
      }),
  );
  const users = new AccountHolders(sim, {
    name: 'users',
    users: num(p, 'users'),
    rps: num(p, 'rps'),
    writeRatio: num(p, 'writeRatio'),
    ownReadShare: OWN_READ_SHARE,
    zipf: POPULARITY,
    followUp: exponential(FOLLOW_UP_MS),
    target: router,
  });
  sim.link(users, router, () => USER_NET_MS);
  for (const n of nodes) sim.link(router, n, () => DB_NET_MS);
  const crashAt = num(p, 'crashAtS');
  if (crashAt > 0) sim.applyCommands([{ at: crashAt * 1000, node: 'primary', action: 'kill' }]);
  return { sim, users, router, set, nodes };
}

/** Requests per second: arrivals plus one balance check per transfer. */
export const expectedRps = (p: Params): number => num(p, 'rps') * (1 + num(p, 'writeRatio'));
