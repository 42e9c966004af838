import {
  BALANCER_CAPACITY_RPS,
  BYTES_PER_LINK,
  CACHE_WORKERS,
  EDGE_WORKERS,
  KEYGEN_WORKERS,
  LIMITER_CAPACITY_RPS,
  TARGET_UTILIZATION,
} from './assumptions';
import type { CapacityPlan } from './contract';
import { designFlows, type DesignFlows } from './flows';
import { feederOf, partsOfKind } from './graph';
import type { Design, Part } from './types';

type PlanRow = CapacityPlan['parts'][number];

/**
 * Capacity math from the design and its workload alone, before any simulation: the load on
 * each part (see flows.ts), what the part as configured can do, and how many instances it
 * would need to run at about 70% busy. Never throws; the order follows the design's parts.
 */
export function capacityPlan(d: Design): CapacityPlan {
  const flows = designFlows(d);
  const copies = 1 + copiesOfLinks(flows);
  const gb = (d.workload.urls * BYTES_PER_LINK) / 1e9;
  return {
    storageBytes: d.workload.urls * BYTES_PER_LINK,
    storageNote:
      `${fmt(d.workload.urls)} links x ${BYTES_PER_LINK} bytes (a 7-character code, a URL of about 100 characters, ` +
      `two timestamps, an owner id and index overhead) = ${fmt(gb, 1)} GB per copy` +
      (copies > 1 ? `; ${copies} copies with the replicas = ${fmt(gb * copies, 1)} GB.` : '.'),
    parts: d.parts.map((p) => row(p, flows)),
  };
}

/** Replica copies of the data, per shard where the replicas copy a sharded database. */
function copiesOfLinks(f: DesignFlows): number {
  let n = 0;
  for (const r of partsOfKind(f.graph, 'replicas'))
    if (feederOf(f.graph, r.id)) n = Math.max(n, r.props.count);
  return n;
}

/** What one instance of a part (server, replica, shard, consumer) can do per second. */
export function perInstanceCapacity(p: Part, f: DesignFlows): number {
  const load = f.load.get(p.id);
  const perSec = (workers: number, ms: number) => (ms > 0 ? (workers * 1000) / ms : Infinity);
  switch (p.kind) {
    case 'clients':
      return 0;
    case 'cdn':
      return perSec(EDGE_WORKERS, p.props.edgeMs);
    case 'limiter':
      return LIMITER_CAPACITY_RPS;
    case 'balancer':
      return BALANCER_CAPACITY_RPS;
    case 'app': {
      const a = f.apps.get(p.id);
      if (!a) return perSec(p.props.workers, p.props.serviceMs);
      const n = a.in.reads + a.in.writes;
      const hold =
        n > 0 ? (a.in.reads * a.holdReadMs + a.in.writes * a.holdWriteMs) / n : a.holdReadMs;
      return perSec(p.props.workers, hold);
    }
    case 'cache':
      return perSec(CACHE_WORKERS, p.props.opMs);
    case 'keygen':
      return perSec(KEYGEN_WORKERS, p.props.serviceMs);
    case 'primary':
    case 'shards': {
      const r = load?.reads ?? 0;
      const w = load?.writes ?? 0;
      const ms = r + w > 0 ? (r * p.props.readMs + w * p.props.writeMs) / (r + w) : p.props.readMs;
      return perSec(p.props.connections, ms);
    }
    case 'replicas': {
      const feeder = feederOf(f.graph, p.id);
      const conns =
        feeder && (feeder.kind === 'primary' || feeder.kind === 'shards')
          ? feeder.props.connections
          : 100;
      return perSec(conns, p.props.readMs);
    }
    case 'queue':
      return perSec(1, p.props.consumerMs);
  }
}

/** How many instances a part has (servers, replicas, shards, consumers); 1 for single parts. */
export function instancesOf(p: Part): number {
  switch (p.kind) {
    case 'clients':
      return 0;
    case 'app':
      return p.props.instances;
    case 'replicas':
    case 'shards':
      return p.props.count;
    case 'queue':
      return p.props.consumers;
    default:
      return 1;
  }
}

function row(p: Part, f: DesignFlows): PlanRow {
  const t = f.load.get(p.id) ?? { reads: 0, fresh: 0, writes: 0 };
  const present = instancesOf(p);
  const each = perInstanceCapacity(p, f);
  const demand = t.reads + t.writes;
  const needed =
    p.kind === 'clients' || demand <= 0
      ? 0
      : Math.max(1, Math.ceil(demand / (each * TARGET_UTILIZATION)));
  return {
    partId: p.id,
    kind: p.kind,
    readsPerSec: round(t.reads),
    writesPerSec: round(t.writes),
    // Tiny service times give absurd capacities: past a trillion a second is "unlimited".
    capacityPerSec: round(Math.min(UNLIMITED, Number.isNaN(each) ? 0 : each * present)),
    instancesNeeded: Number.isFinite(needed) ? needed : 0,
    instancesPresent: present,
  };
}

const UNLIMITED = 1e12;
const round = (x: number) => Math.round(x * 10) / 10;

function fmt(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: digits });
}
