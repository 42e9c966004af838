import type { Region } from './types';

/**
 * The numbers the design engine assumes where a design says nothing. Capacity math, the
 * compiler, the cost estimate and the docs (docs/design-format.md) all read them from here,
 * so the plan and the load test agree.
 */

/** Where everything behind the edge runs (the origin); clients elsewhere pay the distance. */
export const ORIGIN_REGION: Region = 'virginia';

/** Aim for this busy share when counting instances needed: room for bursts and one loss. */
export const TARGET_UTILIZATION = 0.7;

/** Bytes one short link takes: 7-byte code, ~100-byte URL, two timestamps, owner id, index. */
export const BYTES_PER_LINK = 200;

/** Operations a cache node works on at once. */
export const CACHE_WORKERS = 16;
/** The key service is one process handing out numbers one at a time. */
export const KEYGEN_WORKERS = 1;
/** Requests an edge location serves at once: far more than any test sends. */
export const EDGE_WORKERS = 10_000;
/**
 * What one load balancer or rate limiter instance can pass on per second. The load test does
 * not slow them down (they only forward); the capacity plan compares against these.
 */
export const BALANCER_CAPACITY_RPS = 100_000;
export const LIMITER_CAPACITY_RPS = 200_000;

/** Requests waiting for a worker in one app server before new ones are turned away (503). */
export const APP_QUEUE_LIMIT = 256;
/** Queries waiting for a connection in one database before new ones are turned away. */
export const DB_QUEUE_LIMIT = 2000;
/** Operations waiting in the key service before new ones are turned away. */
export const KEYGEN_QUEUE_LIMIT = 2000;
/** How long a user waits for an answer before giving up. */
export const CLIENT_TIMEOUT_MS = 10_000;

/** Spread of database times (coefficient of variation): most fall within 0.4x to 2x. */
export const DB_CV = 0.5;
/** Replication lag: each replica's level, redrawn every second around the design's lagMs. */
export const LAG_CV = 0.5;
export const LAG_PERIOD_MS = 1000;
/** From a dead primary to a promoted replica. */
export const FAILOVER_MS = 10_000;

/** One user clicks about every two seconds: 10,000 redirects/s is about 20,000 users. */
export const USER_RPS = 0.5;

/**
 * Someone clicks each new link soon after it is made (the creator checks it, or shares it):
 * the click comes between these two delays after the create was answered.
 */
export const FRESH_CLICK_MIN_MS = 100;
export const FRESH_CLICK_MAX_MS = 1000;
/** With readNewLinksFromPrimary, links this young are read from the primary. */
export const RECENT_LINK_MS = 10_000;

/** Tries to find a free code before a create gives up. */
export const MAX_CREATE_TRIES = 5;
/** Click events one analytics consumer may hold unacknowledged. */
export const QUEUE_PREFETCH = 10;

/** The most cache entries warmed before a test (the cache is assumed warm, not empty). */
export const WARM_CACHE_LIMIT = 100_000_000;
