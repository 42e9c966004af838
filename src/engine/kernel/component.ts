import type { NodeStats } from '../metrics/nodeStats';
import type { NodeCommand } from './commands';
import type { Call } from './request';

/** What kind of part a component is: views pick icons by it, JSON reports it. */
export type NodeKind =
  | 'client'
  | 'balancer'
  | 'server'
  | 'database'
  | 'cache'
  | 'cdn'
  | 'queue'
  | 'consumer'
  | 'limiter'
  | 'service'
  | 'internal';

/**
 * The plug-in point: load balancers, caches, CDNs, queues, databases, rate limiters and
 * partitions are all components, and the kernel knows nothing more about them than this.
 */
export interface Component {
  readonly id: number;
  /** Stable, unique name ("server-2"): labels, rng streams, commands and JSON use it. */
  readonly name: string;
  readonly kind: NodeKind;
  /** Counters for the JSON `nodes` list; null for components that are not nodes. */
  readonly stats: NodeStats | null;
  /** Whether the part is up. Views grey out dead parts. */
  readonly alive: boolean;
  /** A call arrives. */
  receive(call: Call): void;
  /** A call this component made has been answered. */
  onReply(call: Call): void;
  /** A component-specific event it scheduled for itself. */
  handle(kind: number, payload: unknown): void;
  /** An intervention: kill, restart, slow down, restore. */
  command(cmd: NodeCommand): void;
  /**
   * The run stops at `now`: trace what is still open (requests waiting in a queue are traced
   * only when they leave it), so the last moments of a run show its queues too.
   */
  endRun?(now: number): void;
}
