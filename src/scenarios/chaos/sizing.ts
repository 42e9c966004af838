import type { Params } from '../params';
import { num } from '../scenario';
import { FIXED, hasCache } from './model';

/** Share of requests that leave the device and reach an app instance, with the caches chosen. */
export function backendShare(p: Params): number {
  const device = hasCache(p, 'device') ? FIXED.deviceHit : 0;
  const cdn = hasCache(p, 'cdn') ? FIXED.cdnHit : 0;
  return (1 - device) * (1 - cdn);
}

/** Requests per second one region's instances can finish at most (app-cache hits skip the database). */
export function regionCapacityRps(p: Params): number {
  const dbShare = hasCache(p, 'app') ? 1 - FIXED.appHit : 1;
  const perRequest = FIXED.instanceMs + dbShare * FIXED.dbMs;
  return (num(p, 'instances') * FIXED.instanceWorkers * 1000) / perRequest;
}

/** Requests per second that reach each region's instances while every region is up. */
export const regionLoadRps = (p: Params): number =>
  (num(p, 'rps') / num(p, 'regions')) * backendShare(p);

/**
 * Trace hops a request leaves on average: calls and answers along the path, work at the
 * edge, the instance and the database, the end marker; a quarter more for retries and
 * waits. Sizes the trace so a whole ten-minute run of moving dots fits in it.
 */
export function hopsPerRequest(p: Params): number {
  const device = hasCache(p, 'device') ? FIXED.deviceHit : 0;
  const db = 3 * (hasCache(p, 'app') ? 1 - FIXED.appHit : 1);
  // To the instance and back: router, balancer, instance, its work, three answers, plus the database.
  const behindEdge = 7 + db;
  const attempt = hasCache(p, 'cdn')
    ? 2 + FIXED.cdnHit + (1 - FIXED.cdnHit) * (1 + behindEdge)
    : behindEdge;
  return 1 + (1 - device) * attempt * 1.25;
}
