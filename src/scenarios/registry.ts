import type { Scenario } from './scenario';
import { messageQueues } from './message-queues/scenario';
import { singleServer } from './single-server/scenario';
import { caching } from './caching/scenario';
import { loadBalancing } from './load-balancing/scenario';
import { cdn } from './cdn/scenario';
import { rateLimiting } from './rate-limiting/scenario';
import { connectionPooling } from './connection-pooling/scenario';
import { sharding } from './sharding/scenario';
import { readReplicas } from './read-replicas/scenario';
import { cap } from './cap/scenario';

/**
 * Every scenario, in the chapter's order. The CLI lists and runs these; the app shows the
 * ones that have a view (see app/views.ts).
 */
export const SCENARIOS: readonly Scenario[] = [
  messageQueues,
  singleServer,
  caching,
  loadBalancing,
  cdn,
  rateLimiting,
  connectionPooling,
  sharding,
  readReplicas,
  cap,
].sort((a, b) => a.order - b.order);

export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
