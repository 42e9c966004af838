/**
 * Share of Zipf-distributed requests that fall on the `top` most popular of `n` keys:
 * H_s(top) / H_s(n), with H_s the generalised harmonic number. Exact for the first terms,
 * then a midpoint integral, so 100 million keys cost as little as a thousand.
 */
const EXACT_TERMS = 2000;

export function harmonic(m: number, s: number): number {
  const n = Math.max(0, Math.floor(m));
  const exact = Math.min(n, EXACT_TERMS);
  let sum = 0;
  for (let k = 1; k <= exact; k++) sum += Math.pow(k, -s);
  if (n <= EXACT_TERMS) return sum;
  // Sum over k = a..b of k^-s is close to the integral of x^-s from a - 1/2 to b + 1/2.
  const lo = EXACT_TERMS + 0.5;
  const hi = n + 0.5;
  return (
    sum + (Math.abs(s - 1) < 1e-9 ? Math.log(hi / lo) : (hi ** (1 - s) - lo ** (1 - s)) / (1 - s))
  );
}

export function zipfHeadShare(n: number, top: number, s: number): number {
  if (!(n >= 1) || !(top >= 1)) return 0;
  if (top >= n) return 1;
  const all = harmonic(n, s);
  return all > 0 ? Math.min(1, harmonic(top, s) / all) : 0;
}
