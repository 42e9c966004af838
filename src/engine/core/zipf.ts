import type { Rng } from './rng';

/**
 * Zipf key popularity: key k (1-based rank) is drawn with probability proportional to
 * 1 / k^s. Uses rejection-inversion (Hörmann and Derflinger, 1996), which needs O(1) time
 * and memory per draw whatever the number of keys, so 100 million URLs cost nothing extra.
 */
export interface ZipfSampler {
  readonly n: number;
  readonly s: number;
  /** A rank in 1..n. */
  next(): number;
}

export function zipfSampler(n: number, s: number, rng: Rng): ZipfSampler {
  if (!(n >= 1) || !Number.isFinite(n)) throw new RangeError('zipf needs n >= 1');
  if (!(s >= 0) || !Number.isFinite(s)) throw new RangeError('zipf needs s >= 0');
  const count = Math.floor(n);
  const h = (x: number) => Math.exp(-s * Math.log(x));
  const hIntegral = (x: number) => {
    const logX = Math.log(x);
    return helper2((1 - s) * logX) * logX;
  };
  const hIntegralInverse = (x: number) => {
    let t = x * (1 - s);
    if (t < -1) t = -1; // Guards rounding just past the domain.
    return Math.exp(helper1(t) * x);
  };
  const hIntegralX1 = hIntegral(1.5) - 1;
  const hIntegralN = hIntegral(count + 0.5);
  const sv = 2 - hIntegralInverse(hIntegral(2.5) - h(2));

  return {
    n: count,
    s,
    next(): number {
      for (;;) {
        const u = hIntegralN + rng.next() * (hIntegralX1 - hIntegralN);
        const x = hIntegralInverse(u);
        let k = Math.floor(x + 0.5);
        if (k < 1) k = 1;
        else if (k > count) k = count;
        if (k - x <= sv || u >= hIntegral(k + 0.5) - h(k)) return k;
      }
    },
  };
}

/** log(1+x)/x, accurate near 0. */
function helper1(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1 / 3 - 0.25 * x));
}

/** (exp(x)-1)/x, accurate near 0. */
function helper2(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x));
}

/** Exact probability of rank k (for tests and for lessons that quote shares). */
export function zipfPmf(n: number, s: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Share of all draws that fall on the `top` most popular of n keys. */
export function zipfTopShare(n: number, s: number, top: number): number {
  // Generalised harmonic numbers; fine for the sizes lessons quote (up to ~1e6 terms).
  const H = (m: number) => {
    let sum = 0;
    for (let k = 1; k <= m; k++) sum += 1 / Math.pow(k, s);
    return sum;
  };
  return H(Math.min(top, n)) / H(n);
}
