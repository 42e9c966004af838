import type { Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import type { Server } from '../server';
import type { LagLevel } from './lag';
import type { DataCopy } from './log';

export type ReplicationMode = 'async' | 'sync';
export const REPLICATION_MODES: readonly ReplicationMode[] = ['async', 'sync'];

export interface ReplicaSetOptions {
  name: string;
  /** Accounts the database holds (keys 0..keys-1). */
  keys: number;
  /** async: a write is confirmed once the primary has it; sync: once every live replica has. */
  mode: ReplicationMode;
  /** Each replica's lag level, drawn on its own stream and redrawn every `lagPeriodMs`. */
  lag: Dist;
  lagPeriodMs: Ms;
  /** From the primary's death to a replica taking over: noticing, then promoting. */
  failoverMs: Ms;
  /** Popularity of payees: a transfer credits the account of rank r with weight 1 / r^s. */
  payeeZipf: number;
}

/** One database node as the replica set sees it. */
export interface ReplicaMember {
  readonly node: Server;
  readonly copy: DataCopy;
  readonly lag: LagLevel;
  /** Bumped whenever the member's incoming stream breaks; deliveries of older epochs drop. */
  epoch: number;
  /** When the last delivery scheduled for it lands: deliveries keep log order. */
  lastArrival: Ms;
  reads: number;
  staleReads: number;
}

/** A log entry on its way to one member. */
export interface ReplicaDelivery {
  member: number;
  index: number;
  version: number;
  epoch: number;
}

export interface FailoverRecord {
  at: Ms;
  from: string;
  to: string;
  /** Confirmed writes the new primary never received. */
  lostWrites: number;
}
