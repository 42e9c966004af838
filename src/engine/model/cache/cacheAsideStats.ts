import { LatencyHistogram } from '../../metrics/histogram';

/** What a cache-aside system counts: the figures a caching lesson is about. */
export class CacheAsideStats {
  reads = 0;
  writes = 0;
  /** Reads answered from the cache. */
  hits = 0;
  /** Reads the cache could not answer (absent, expired, cache down, or no cache at all). */
  misses = 0;
  /** Reads sent on to the database. Below `misses` when coalescing shares reads. */
  dbReads = 0;
  /** Misses that waited for another request's database read of the same key. */
  coalesced = 0;
  /** Hits that returned an older version than the database held at that moment. */
  staleReads = 0;
  /** The longest any stale answer had been out of date, in ms. */
  maxStaleMs = 0;
  /** Fills stored, and fills refused because a write or a restart voided their lease. */
  fills = 0;
  fillsRefused = 0;
  /** Database reads of the most popular key: where a stampede shows. */
  hotKeyDbReads = 0;
  /** The most database reads of one key in flight at once. */
  maxSameKeyDbReads = 0;
  /** Total time writes spent updating the cache after the database (write-through, invalidate). */
  writeCacheMs = 0;
  readonly hitLatency = new LatencyHistogram();
  readonly missLatency = new LatencyHistogram();
  readonly writeLatency = new LatencyHistogram();

  /** Share of reads answered from the cache, 0..1. */
  get hitRatio(): number {
    const n = this.hits + this.misses;
    return n > 0 ? this.hits / n : 0;
  }
}
