/**
 * Base62: digits, then lower case, then upper case. Short codes are numbers written this way,
 * so 7 characters cover 62^7, about 3.5 trillion links.
 */
export const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A whole number from 0 to 2^53 - 1 in base62, at least `width` characters (padded with 0). */
export function toBase62(n: number, width = 1): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a code number: ${n}`);
  let s = '';
  let x = n;
  do {
    s = BASE62[x % 62]! + s;
    x = Math.floor(x / 62);
  } while (x > 0);
  return s.padStart(width, '0');
}

/** The number a base62 text stands for; null when it holds another character or is too long. */
export function fromBase62(s: string): number | null {
  if (s.length === 0 || s.length > 8) return null;
  let n = 0;
  for (const ch of s) {
    const d = BASE62.indexOf(ch);
    if (d < 0) return null;
    n = n * 62 + d;
  }
  return n;
}

/** Characters needed to write `count` different codes. */
export function codeLength(count: number): number {
  let len = 1;
  for (let cap = 62; cap < count; cap *= 62) len++;
  return len;
}
