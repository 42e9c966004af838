import type { RunResult } from '../../scenarios/run';
import type { Design, PartKind } from './types';

/**
 * Shapes shared by the canvas (which shows them) and the design engine (which computes them).
 * Types only; the functions live in schema.ts, validate.ts, capacity.ts and ../loadtest/.
 */

/** A problem with a design, attached to the parts and wires it concerns. */
export interface DesignIssue {
  severity: 'error' | 'warning';
  /** One plain sentence naming the part(s): "Cache is wired straight to Clients: ...". */
  message: string;
  partIds: string[];
  wireIds: string[];
}

export type ParseResult =
  { ok: true; design: Design; migratedFrom: number | null } | { ok: false; errors: string[] };

/** Capacity math from the design and its workload alone (no simulation). */
export interface CapacityPlan {
  /** Bytes to store every short link (code, long URL, metadata) and the assumption used. */
  storageBytes: number;
  storageNote: string;
  parts: Array<{
    partId: string;
    kind: PartKind;
    readsPerSec: number;
    writesPerSec: number;
    /** What the part as configured can do per second (all its instances). */
    capacityPerSec: number;
    /** Instances (or replicas, shards, consumers) needed at ~70% utilisation vs present. */
    instancesNeeded: number;
    instancesPresent: number;
  }>;
}

export interface LatencyFigures {
  count: number;
  p50Ms: number;
  p99Ms: number;
  errorRate: number;
}

/** What a load test of a design found. */
export interface LoadTestResult {
  redirects: LatencyFigures;
  creates: LatencyFigures;
  errorRate: number;
  /** Redirects for a just-created link that found nothing yet (replication lag). */
  notFoundYet: number;
  /** Short codes that collided and were retried (hash), or could not be made unique. */
  collisions: number;
  duplicateCodes: number;
  monthlyCost: { totalUsd: number; parts: Array<{ partId: string; usd: number; note: string }> };
  /** The part that limits the design, why, and the fix worth trying; null when nothing does. */
  bottleneck: { partId: string; reason: string; fix: string } | null;
  parts: Array<{ partId: string; utilization: number; handledPerSec: number; dropped: number }>;
  /**
   * Added to the contract: a second, shorter run in which one app server dies part-way;
   * `redirects` counts only those sent once the loss could have been noticed. Absent or null
   * when it was not run.
   */
  appLoss?: { killed: string; atS: number; fromS: number; redirects: LatencyFigures } | null;
  /** The full engine results in the CLI's --json shape, for download. */
  run: RunResult;
}
