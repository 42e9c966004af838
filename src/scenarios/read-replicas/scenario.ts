import { round, type LatencyHistogram } from '../../engine';
import type { Params } from '../params';
import { bool, num, str, type Scenario } from '../scenario';
import { replicaGauges } from './gauges';
import {
  buildReplicaModel,
  expectedRps,
  nodeReadCapacity,
  nodeWriteCapacity,
  replicaName,
} from './model';
import { params } from './params';

const latency = (h: LatencyHistogram) => ({
  mean: round(h.mean()),
  p50: round(h.quantile(0.5)),
  p99: round(h.quantile(0.99)),
});

/** Reads per second the database can answer at most: every replica (or the primary alone). */
export const readCapacityRps = (p: Params): number =>
  Math.max(1, num(p, 'replicas')) * nodeReadCapacity;

function notices(p: Params): string[] {
  const out: string[] = [];
  const replicas = num(p, 'replicas');
  if (replicas === 0)
    out.push(
      'No replicas: the primary answers every read and write, so there is no lag, nothing stale and no one to fail over to.',
    );
  if (num(p, 'writeRatio') === 0)
    out.push('Write share is 0: nothing changes, so nothing can be stale or lost.');
  if (str(p, 'replication') === 'sync' && bool(p, 'readYourWrites') && replicas > 0)
    out.push(
      'With sync replication every replica already has a confirmed write; read-your-writes only adds reads to the primary.',
    );
  if (bool(p, 'readYourWrites') && num(p, 'pinMs') < num(p, 'lagMs'))
    out.push(
      'Pin time is shorter than the typical lag, so users will still miss their own transfers after the pin ends.',
    );
  if (num(p, 'crashAtS') > 0 && replicas === 0)
    out.push('The primary crashes with no replica to take over: every request fails from then on.');
  return out;
}

export const readReplicas: Scenario = {
  id: 'read-replicas',
  title: 'Ten copies of the textbook',
  tagline: 'Read replicas multiply reads, and lag behind the primary',
  order: 6,
  durationS: 30,
  params,
  notices,
  build(p, ctx) {
    const model = buildReplicaModel(p, ctx.seed, ctx.traceCapacity);
    const { set, router, users, nodes } = model;
    return {
      sim: model.sim,
      expectedRps: expectedRps(p),
      gauges: replicaGauges(model),
      extras: () => ({
        readCapacityRps: round(readCapacityRps(p)),
        writeCapacityRps: round(nodeWriteCapacity),
        reads: users.reads,
        writes: users.writes,
        staleReads: set.staleReads,
        staleReadShare: round(set.staleReads / Math.max(1, users.reads), 4),
        readYourWritesViolations: router.readYourWritesViolations,
        balanceChecks: router.followUps,
        balanceChecksMissingTransfer: router.followUpViolations,
        readsPinnedToPrimary: router.pinnedReads,
        writesConfirmed: router.writesConfirmed,
        writesFailed: router.writesFailed,
        lostWrites: set.lostWrites,
        writeLatencyMs: latency(users.writeLatency),
        readLatencyMs: latency(users.readLatency),
        replicationLagMs: { ...latency(set.lagMs), max: round(set.lagMs.max) },
        readsByNode: Object.fromEntries(nodes.map((n) => [n.name, set.members[n.member]!.reads])),
        staleReadsByNode: Object.fromEntries(
          nodes.map((n) => [n.name, set.members[n.member]!.staleReads]),
        ),
        failovers: set.failovers.map((f) => ({
          atS: round(f.at / 1000),
          from: f.from,
          to: f.to,
          lostWrites: f.lostWrites,
        })),
        primaryAtEnd: replicaName(set.primary),
      }),
    };
  },
};
