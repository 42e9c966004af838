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
import { growthJourney } from './growth-journey/scenario';
import { chaos } from './chaos/scenario';
import { orderFlow } from './order-flow/scenario';
import { urlShortener } from './url-shortener/scenario';

/**
 * Every scenario, in the chapter's order. The CLI lists and runs these; the app shows the
 * ones that have a view (see app/views.ts).
 */
export const SCENARIOS: readonly Scenario[] = [
  singleServer,
  caching,
  loadBalancing,
  cdn,
  rateLimiting,
  connectionPooling,
  sharding,
  readReplicas,
  messageQueues,
  cap,
  chaos,
  orderFlow,
  growthJourney,
  urlShortener,
].sort((a, b) => a.order - b.order);

export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
