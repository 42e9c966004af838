import { fmix32 } from '../../core/rng';
import type { Request } from '../../kernel/request';

/**
 * Which requests a cache can answer: a stated share of them, decided per request (a hash of
 * its id and a salt) rather than per lookup, so a retry of a request finds the same answer,
 * held or not, as it would in a real cache. Used for the application cache beside a region's
 * instances (a Redis), and to decide a CDN edge's hits.
 */
export class CacheShare {
  hits = 0;
  misses = 0;
  readonly hitRatio: number;

  constructor(
    /** Mixed into every decision, so caches (and seeds) hold different requests. */
    private readonly salt: number,
    hitRatio: number,
  ) {
    this.hitRatio = Math.min(1, Math.max(0, hitRatio));
  }

  /** Whether the cache holds what this request asks for. Pure: counts nothing. */
  holds(req: Request): boolean {
    if (this.hitRatio <= 0) return false;
    return fmix32((req.id ^ this.salt) >>> 0) / 4294967296 < this.hitRatio;
  }

  /** A lookup: true on a hit, counted. */
  lookup(req: Request): boolean {
    const hit = this.holds(req);
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  /** For a Server's `needsDownstream`: only misses go on to the database. */
  readonly needsDatabase = (req: Request): boolean => !this.lookup(req);
}
