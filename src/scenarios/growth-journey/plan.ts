import type { Params } from '../params';
import { has, usersOf } from './params';

/**
 * The numbers the system is built from, and the shape it takes for a user count and a set of
 * fixes. Kept apart from the build so the page can show the same figures it runs on.
 */

/** Each person clicks, reads for about this long, clicks again. */
export const THINK_MS = 10_000;
/** Share of clicks that fetch a page's files (images, scripts, styles) rather than data. */
export const FILE_SHARE = 0.6;
/** Share of the other clicks that place an order (a write); the rest browse (reads). */
export const ORDER_SHARE = 0.1;
/** Products in the catalogue; a few are far more popular than the rest (Zipf exponent 1). */
export const KEYS = 10_000;
export const ZIPF = 1;
/** People give up on an answer after this long. */
export const TIMEOUT_MS = 10_000;

/** One app server: worker threads and the processor time a page takes to build. */
export const APP_WORKERS = 8;
export const APP_CPU_MS = 240;
export const APP_QUEUE = 200;
/** With a load balancer, the fleet grows with the audience: one server per this many users. */
export const USERS_PER_SERVER = 400;

/** Without a shared pool each app server keeps this many connections of its own open. */
export const CONNECTIONS_PER_SERVER = 20;
/** Connections one database accepts (PostgreSQL's default). */
export const DB_MAX_CONNECTIONS = 100;
/** Connections a shared pooler keeps open to the database and lends to every server. */
export const POOL_SIZE = 50;

/** One database node: queries at once and the time a read or a written row takes. */
export const DB_WORKERS = 4;
export const READ_MS = 10;
export const WRITE_MS = 15;
export const DB_QUEUE = 500;
/** Rows an order writes while the customer waits: the order, the payment, the loyalty points. */
export const ORDER_ROWS = 3;
export const REPLICAS = 2;
export const SHARDS = 4;

export const CACHE_ENTRIES = 10_000;
export const CACHE_TTL_MS = 60_000;
export const CACHE_OP_MS = 0.5;

/** A CDN edge answers this share of file requests from its own copy. */
export const EDGE_HIT_RATIO = 0.9;
export const EDGE_MS = 8;
export const FILES_MS = 5;

/** Queue workers that take the side work of an order off the customer's wait. */
export const QUEUE_WORKERS = 4;
export const SIDE_WORK_MS = 5;

/** The scraper that finds the app once it is popular, and the client id it sends as. */
export const SCRAPER_FROM_USERS = 10_000;
export const SCRAPER_RPS = 600;
export const SCRAPER_CLIENT = 1_000_000;
/** Distinct pages the scraper walks through (products x sort orders x filters). */
export const SCRAPER_PAGES = 1_000_000;
/** The rate limiter's token bucket, per client: a burst of 20, then 5 requests a second. */
export const LIMIT_BURST = 20;
export const LIMIT_PER_SEC = 5;

/** The run measures from here on, once most users have started clicking. */
export const WARMUP_MS = 4_000;

/** Where the origin and the users are. */
export const ORIGIN = 'virginia';
export const NEAR_CITY = 'new-york';
export const FAR_CITIES = ['mumbai', 'sydney'] as const;

/**
 * Share of users far away (Mumbai and Sydney): none while the app is known only at home,
 * then growing with its fame, to 30% at 100,000 users (0.3 × log10(users / 10,000)).
 */
export function farShare(users: number): number {
  if (users <= SCRAPER_FROM_USERS) return 0;
  return Math.min(0.3, 0.3 * Math.log10(users / 10_000));
}

/** The system a user count and a set of fixes produce. */
export interface Plan {
  users: number;
  nearUsers: number;
  /** Users in each far city (FAR_CITIES order). */
  farUsers: number[];
  servers: number;
  /** A shared pooler holds the connections (the `pool` fix). */
  pooled: boolean;
  /** App servers that got their connections (all of them with a pool). */
  connectedServers: number;
  scraper: boolean;
  shards: number;
  replicas: number;
}

export function planOf(p: Params): Plan {
  const users = usersOf(p);
  const far = Math.round(users * farShare(users));
  const each = Math.floor(far / FAR_CITIES.length);
  const farUsers = FAR_CITIES.map((_, i) =>
    i === 0 ? far - each * (FAR_CITIES.length - 1) : each,
  );
  const servers = has(p, 'lb') ? Math.max(2, Math.ceil(users / USERS_PER_SERVER)) : 1;
  const fit = Math.floor(DB_MAX_CONNECTIONS / CONNECTIONS_PER_SERVER);
  return {
    users,
    nearUsers: users - far,
    farUsers,
    servers,
    pooled: has(p, 'pool'),
    connectedServers: has(p, 'pool') ? servers : Math.min(servers, fit),
    scraper: users >= SCRAPER_FROM_USERS,
    shards: has(p, 'shards') ? SHARDS : 1,
    replicas: has(p, 'replicas') ? REPLICAS : 0,
  };
}

/** Clicks a second the users make when answers come back quickly. */
export const userRps = (users: number): number => users / (THINK_MS / 1000);
/** Requests a second the run should see: the users' clicks plus the scraper. */
export const expectedRps = (plan: Plan): number =>
  userRps(plan.users) + (plan.scraper ? SCRAPER_RPS : 0);
/** Most requests a second one app server can finish. */
export const serverCapacityRps = (APP_WORKERS * 1000) / APP_CPU_MS;
