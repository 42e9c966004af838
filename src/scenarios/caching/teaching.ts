import type { Params } from '../params';
import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';

const n = (r: RunResult, key: string) => r[key] as number;
const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
const ms = (x: number) => (x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const secs = (x: number) => `${(x / 1000).toFixed(1)} s`;

/** A product catalogue: skewed popularity, room for every item, nothing changing. */
export const CATALOGUE: Params = {
  keys: 1000,
  zipf: 1,
  capacity: 1000,
  ttlMs: 60_000,
  writeRatio: 0,
};
/** Busy enough, and a slow enough query, for a hot key's expiry to draw a crowd. */
export const STAMPEDE: Params = {
  policy: 'ttl',
  rps: 2000,
  dbMs: 50,
  dbConnections: 200,
  ttlMs: 3000,
  writeRatio: 0.02,
};

export const predictions: Prediction[] = [
  {
    id: 'db-share',
    question:
      'A catalogue of 1,000 products, a few far more popular than the rest, and a cache with room for all of them. What share of reads still reaches the database?',
    choices: [
      { id: 'most', label: 'Most of them (over 60%)' },
      { id: 'some', label: 'Between 10% and 60%' },
      { id: 'few', label: 'Under 10%' },
    ],
    runs: [
      { label: 'No cache', set: { ...CATALOGUE, policy: 'none' } },
      { label: 'Cache, TTL 60 s', set: { ...CATALOGUE, policy: 'ttl' } },
    ],
    answer: ([, b]) => {
      const share = n(b!, 'dbReadShare');
      return share > 0.6 ? 'most' : share >= 0.1 ? 'some' : 'few';
    },
    explain: ([a, b]) =>
      `Without the cache the database served ${Math.round(n(a!, 'dbReadsPerSec'))} reads a second; with it, ${Math.round(n(b!, 'dbReadsPerSec'))}, ` +
      `${pct(n(b!, 'dbReadShare'))} of reads. The popular products were asked for again and again, so after the first miss ` +
      `they came from the cache in ${ms(n(b!, 'hitMs'))} instead of ${ms(n(b!, 'missMs'))}.`,
  },
  {
    id: 'stale',
    question:
      'One request in twenty is a write. Which serves stale reads: a 5-second TTL, or deleting the entry on every write?',
    choices: [
      { id: 'ttl', label: 'Only the TTL' },
      { id: 'invalidate', label: 'Only delete-on-write' },
      { id: 'both', label: 'Both' },
      { id: 'neither', label: 'Neither' },
    ],
    runs: [
      { label: 'TTL 5 s', set: { policy: 'ttl', ttlMs: 5000, writeRatio: 0.05 } },
      { label: 'Invalidate', set: { policy: 'invalidate', writeRatio: 0.05 } },
    ],
    answer: ([a, b]) => {
      const ttl = n(a!, 'staleReads') > 0;
      const inv = n(b!, 'staleReads') > 0;
      return ttl && inv ? 'both' : ttl ? 'ttl' : inv ? 'invalidate' : 'neither';
    },
    explain: ([a, b]) =>
      `The TTL served ${n(a!, 'staleReads').toLocaleString('en-US')} stale reads, the worst ${secs(n(a!, 'maxStaleMs'))} behind: ` +
      `an entry keeps its old value until it expires, never longer than the TTL. Delete-on-write served ${n(b!, 'staleReads').toLocaleString('en-US')}: ` +
      `each write removed the entry, so the next read fetched the new value. Its costs: a lower hit ratio (${pct(n(b!, 'hitRatio'))} against ` +
      `${pct(n(a!, 'hitRatio'))}) and ${n(b!, 'writeCacheMs').toFixed(2)} ms more per write for the trip to the cache.`,
  },
  {
    id: 'stampede',
    question:
      'At 2,000 requests a second, with a 50 ms query, the hottest key expires every 3 seconds. At worst, how many database reads of that one key run at the same moment?',
    choices: [
      { id: 'one', label: 'Just one' },
      { id: 'few', label: '2 to 5' },
      { id: 'many', label: 'More than 5' },
    ],
    runs: [
      { label: 'Every miss reads', set: { ...STAMPEDE, coalesce: false } },
      { label: 'Misses coalesced', set: { ...STAMPEDE, coalesce: true } },
    ],
    answer: ([a]) => {
      const most = n(a!, 'maxSameKeyDbReads');
      return most <= 1 ? 'one' : most <= 5 ? 'few' : 'many';
    },
    explain: ([a, b]) =>
      `Up to ${n(a!, 'maxSameKeyDbReads')} reads of the same key were at the database at once: every request that arrived ` +
      `during the 50 ms refill missed too and asked for itself. In all, the hottest key cost ${n(a!, 'hotKeyDbReads')} database reads. ` +
      `Coalescing makes later misses wait for the read already under way: ${n(b!, 'hotKeyDbReads')} reads, one at a time.`,
  },
];

const cacheOn = (p: Params) => p.policy !== 'none';

export const exercises: Exercise[] = [
  {
    id: 'hit-95',
    prompt:
      'Get the hit ratio above 95% with 10,000 or more keys and a cache of at most 1,000 entries.',
    hint: 'Skew decides how much a small cache can catch; the TTL decides how often it forgets.',
    check: (r, p) =>
      cacheOn(p) &&
      (p.keys as number) >= 10_000 &&
      (p.capacity as number) <= 1000 &&
      n(r, 'hitRatio') > 0.95,
  },
  {
    id: 'fresh',
    prompt:
      'With at least 5% writes, serve zero stale reads while the cache still answers over half of all reads.',
    hint: 'A shorter TTL only shrinks the window; a write has to reach the cache itself.',
    check: (r, p) =>
      cacheOn(p) &&
      (p.writeRatio as number) >= 0.05 &&
      n(r, 'staleReads') === 0 &&
      n(r, 'hitRatio') > 0.5,
  },
  {
    id: 'plateau',
    prompt:
      'Find the cache size where the hit ratio stops improving: big enough that nothing is ever evicted, yet smaller than the number of keys.',
    hint: 'Watch "Entries cached": once the cache never fills, the extra room sits empty.',
    check: (r, p) =>
      cacheOn(p) &&
      (p.capacity as number) < (p.keys as number) &&
      n(r, 'evictions') === 0 &&
      n(r, 'readsPerSec') > 0,
  },
  {
    id: 'outage',
    prompt:
      'Kill the cache during a run and keep watching the database until requests start to fail.',
    hint: 'At 1,000 requests a second the database alone cannot keep up; its line fills in seconds.',
    check: (r) =>
      (r.interventions ?? []).some((x) => x.startsWith('kill:cache')) && errorShare(r) > 0,
  },
  {
    id: 'no-herd',
    prompt:
      'At 2,000 requests a second or more, never let two database reads of the same key run at once.',
    hint: 'A popular key that expires is asked for many times during its refill.',
    check: (r, p) => cacheOn(p) && (p.rps as number) >= 2000 && n(r, 'maxSameKeyDbReads') === 1,
  },
];
