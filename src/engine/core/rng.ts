/**
 * Seeded randomness. One seed fixes a run; each component draws from its own named stream,
 * derived from (seed, name) alone, so adding a component never shifts another's draws.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of
 * state, passes PractRand, and its state is four integers we can copy for checkpoints.
 * It is a few lines, on the hottest path of the engine, so it lives here rather than in a
 * dependency.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in (0, 1]: safe for log(). */
  nextOpen(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** The four state words, for checkpoints and tests. */
  state(): [number, number, number, number];
}

const TWO_POW_32 = 4294967296;

/** A 32-bit mix of a string (FNV-1a, then murmur3's finalizer). */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's 32-bit finalizer: a bijection that spreads every input bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Sfc32 implements Rng {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {
    // Discard the first outputs: they still resemble the seed words.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  nextOpen(): number {
    return (this.nextUint32() + 1) / TWO_POW_32;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}

/** Normalizes any finite number to a 32-bit seed; keeps small integers as they are. */
export function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

export interface RngRoot {
  readonly seed: number;
  /** The stream for a name; the same (seed, name) always gives the same sequence. */
  stream(name: string): Rng;
}

export function createRngRoot(seed: number): RngRoot {
  const s = normalizeSeed(seed);
  return {
    seed: s,
    stream(name: string): Rng {
      const h1 = hashString(name, 0x9e3779b9 ^ s);
      const h2 = hashString(name, fmix32(s + 0x7f4a7c15));
      const h3 = fmix32(h1 ^ 0x68e31da4);
      return new Sfc32(s, h1, h2, h3);
    },
  };
}
