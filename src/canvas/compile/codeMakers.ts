import type { Claim, CodeMaker, Rng } from '../../engine';
import {
  CodeRegistry,
  Counter,
  hashCodeNumber,
  hashCollisionChance,
  RangeAllocator,
  RangeHolder,
} from '../codes';
import type { KeygenProps } from '../design/types';

/** The URL a new link shortens: unique per link, so only the hash can make two codes meet. */
export const urlOf = (key: number): string => `https://example.com/articles/${key}`;

/**
 * What a key service part hands out when asked: the next counter value, the start of the
 * next block, or (for hash) only a go-ahead, since the hash is computed from the URL.
 */
export function keyIssuer(p: KeygenProps, existing: number): () => number {
  if (p.strategy === 'counter') {
    const c = new Counter(existing);
    return () => c.next();
  }
  if (p.strategy === 'key-range') {
    const a = new RangeAllocator(p.rangeSize, existing);
    return () => a.allocate().start;
  }
  return () => 1;
}

/** Codes for one app server, by strategy; `viaService` when it must ask a key service. */
export function codeMaker(
  strategy: KeygenProps['strategy'],
  rangeSize: number,
  viaService: boolean,
): CodeMaker {
  if (strategy === 'key-range' && viaService) {
    const holder = new RangeHolder();
    return {
      take: () => holder.take(),
      given: (start) => holder.fill({ start, end: start + Math.max(1, rangeSize) }),
    };
  }
  if (strategy === 'counter' && viaService) {
    // Values handed over are taken at once, in the same event, so a FIFO never mixes them up.
    const got: number[] = [];
    return { take: () => got.shift() ?? null, given: (v) => void got.push(v) };
  }
  let credits = 0;
  return {
    take: (key, attempt) => {
      if (viaService) {
        if (credits === 0) return null;
        credits--;
      }
      return hashCodeNumber(urlOf(key), attempt);
    },
    given: () => void credits++,
  };
}

/**
 * The database's unique index. Codes made in the run are checked for real; a hash code may
 * also land on one of the links that existed before the run, with the chance their number
 * gives (those are a count, not a list). Counter and range codes start past the old links.
 */
export function uniqueIndex(
  strategy: KeygenProps['strategy'],
  existing: number,
  draws: Rng,
): { claim: (code: number) => Claim; registry: CodeRegistry } {
  const registry = new CodeRegistry();
  const claim = (code: number): Claim => {
    if (strategy === 'hash') {
      if (draws.next() < hashCollisionChance(existing + registry.size)) return 'collision';
      return registry.claim(code) ? 'ok' : 'collision';
    }
    return registry.claim(code) ? 'ok' : 'duplicate';
  };
  return { claim, registry };
}
