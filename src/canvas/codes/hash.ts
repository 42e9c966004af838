import { toBase62 } from './base62';

/**
 * Hash codes: a hash of the long URL, cut to HASH_LENGTH base62 characters. No coordination
 * is needed, but two URLs can land on the same code; the database's unique index finds it
 * and the app tries again with a salt (the attempt number) added to the URL.
 */
export const HASH_LENGTH = 6;
/** 62^6, about 56.8 billion codes. */
export const HASH_SPACE = 62 ** HASH_LENGTH;

/** 53 bits of hash of a text (two 32-bit FNV-1a lanes, mixed): plenty for a 36-bit space. */
export function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a = mix(a);
  b = mix(b ^ a);
  return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The code number for a URL on a given attempt (0 first, then salted). */
export const hashCodeNumber = (url: string, attempt = 0, space = HASH_SPACE): number =>
  hash53(attempt === 0 ? url : `${url}#${attempt}`) % space;

export const hashCode = (url: string, attempt = 0): string =>
  toBase62(hashCodeNumber(url, attempt), HASH_LENGTH);

/**
 * The chance that a fresh hash code is already taken when `stored` links exist: it grows
 * with the number of links (0.18% at 100 million, 1.8% at a billion).
 */
export const hashCollisionChance = (stored: number, space = HASH_SPACE): number =>
  Math.min(1, Math.max(0, stored) / space);

/** Writes a create costs on average, retries included (a geometric number of tries). */
export const expectedHashTries = (stored: number, space = HASH_SPACE): number => {
  const p = hashCollisionChance(stored, space);
  return p >= 1 ? Infinity : 1 / (1 - p);
};
