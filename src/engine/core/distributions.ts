import type { Rng } from './rng';

/**
 * Distributions as plain data (so scenarios, URLs and design files can carry them), and a
 * compiler that turns one into a fast sampling function bound to a stream.
 */
export type Dist =
  | { type: 'constant'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'exponential'; mean: number }
  /** Parameterised by its mean and coefficient of variation (stddev / mean). */
  | { type: 'lognormal'; mean: number; cv: number }
  /** Heavy tail. `alpha` > 1 is the shape; the scale follows from the mean. */
  | { type: 'pareto'; mean: number; alpha: number }
  /** A weighted mix, e.g. light and heavy requests. */
  | { type: 'mix'; parts: ReadonlyArray<{ weight: number; dist: Dist }> };

export type Sampler = () => number;

export const constant = (value: number): Dist => ({ type: 'constant', value });
export const uniform = (min: number, max: number): Dist => ({ type: 'uniform', min, max });
export const exponential = (mean: number): Dist => ({ type: 'exponential', mean });
export const lognormal = (mean: number, cv: number): Dist => ({ type: 'lognormal', mean, cv });
export const pareto = (mean: number, alpha: number): Dist => ({ type: 'pareto', mean, alpha });
export const mix = (...parts: Array<{ weight: number; dist: Dist }>): Dist => ({
  type: 'mix',
  parts,
});

/** The analytic mean. */
export function meanOf(d: Dist): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
    case 'lognormal':
    case 'pareto':
      return d.mean;
    case 'mix': {
      const total = d.parts.reduce((s, p) => s + p.weight, 0);
      return d.parts.reduce((s, p) => s + (p.weight / total) * meanOf(p.dist), 0);
    }
  }
}

/** The analytic variance (Infinity for a Pareto tail with alpha <= 2). */
export function varianceOf(d: Dist): number {
  switch (d.type) {
    case 'constant':
      return 0;
    case 'uniform':
      return (d.max - d.min) ** 2 / 12;
    case 'exponential':
      return d.mean ** 2;
    case 'lognormal':
      return (d.mean * d.cv) ** 2;
    case 'pareto': {
      if (d.alpha <= 2) return Infinity;
      const xm = (d.mean * (d.alpha - 1)) / d.alpha;
      return (xm * xm * d.alpha) / ((d.alpha - 1) ** 2 * (d.alpha - 2));
    }
    case 'mix': {
      const total = d.parts.reduce((s, p) => s + p.weight, 0);
      const m = meanOf(d);
      return d.parts.reduce((s, p) => {
        const pm = meanOf(p.dist);
        return s + (p.weight / total) * (varianceOf(p.dist) + pm * pm);
      }, -m * m);
    }
  }
}

/** Checks a distribution's numbers; returns a message, or null when it is usable. */
export function checkDist(d: Dist): string | null {
  const bad = (x: number) => !Number.isFinite(x) || x < 0;
  switch (d.type) {
    case 'constant':
      return bad(d.value) ? 'constant value must be a finite number >= 0' : null;
    case 'uniform':
      return bad(d.min) || bad(d.max) || d.max < d.min ? 'uniform needs 0 <= min <= max' : null;
    case 'exponential':
      return bad(d.mean) ? 'exponential mean must be >= 0' : null;
    case 'lognormal':
      return bad(d.mean) || bad(d.cv) ? 'lognormal needs mean >= 0 and cv >= 0' : null;
    case 'pareto':
      return bad(d.mean) || !(d.alpha > 1) ? 'pareto needs mean >= 0 and alpha > 1' : null;
    case 'mix':
      if (d.parts.length === 0) return 'mix needs at least one part';
      if (d.parts.some((p) => bad(p.weight)) || d.parts.every((p) => p.weight === 0))
        return 'mix weights must be >= 0 and not all zero';
      return d.parts.map((p) => checkDist(p.dist)).find((m) => m !== null) ?? null;
  }
}

/** Compiles a distribution into a sampler drawing from `rng`. */
export function sampler(d: Dist, rng: Rng): Sampler {
  const problem = checkDist(d);
  if (problem) throw new RangeError(problem);
  switch (d.type) {
    case 'constant': {
      const v = d.value;
      return () => v;
    }
    case 'uniform': {
      const { min } = d;
      const width = d.max - d.min;
      return () => min + width * rng.next();
    }
    case 'exponential': {
      const mean = d.mean;
      return () => -mean * Math.log(rng.nextOpen());
    }
    case 'lognormal': {
      if (d.cv === 0) return () => d.mean;
      const s2 = Math.log(1 + d.cv * d.cv);
      const sigma = Math.sqrt(s2);
      const mu = Math.log(d.mean) - s2 / 2;
      const normal = normalSampler(rng);
      return () => Math.exp(mu + sigma * normal());
    }
    case 'pareto': {
      const inv = 1 / d.alpha;
      const xm = (d.mean * (d.alpha - 1)) / d.alpha;
      return () => xm / Math.pow(rng.nextOpen(), inv);
    }
    case 'mix': {
      const total = d.parts.reduce((s, p) => s + p.weight, 0);
      const cumulative: number[] = [];
      let acc = 0;
      for (const p of d.parts) cumulative.push((acc += p.weight / total));
      // Parts draw from the same stream: a mix is one component's distribution.
      const subs = d.parts.map((p) => sampler(p.dist, rng));
      const last = subs.length - 1;
      return () => {
        const u = rng.next();
        let i = 0;
        while (i < last && u >= cumulative[i]!) i++;
        return subs[i]!();
      };
    }
  }
}

/** Standard normal draws by the Box-Muller transform, using both values of each pair. */
export function normalSampler(rng: Rng): Sampler {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const r = Math.sqrt(-2 * Math.log(rng.nextOpen()));
    const theta = 2 * Math.PI * rng.next();
    spare = r * Math.sin(theta);
    hasSpare = true;
    return r * Math.cos(theta);
  };
}

/** A short human description, e.g. "exponential, mean 50 ms". */
export function describeDist(d: Dist, unit = 'ms'): string {
  switch (d.type) {
    case 'constant':
      return `constant ${d.value} ${unit}`;
    case 'uniform':
      return `uniform ${d.min}-${d.max} ${unit}`;
    case 'exponential':
      return `exponential, mean ${d.mean} ${unit}`;
    case 'lognormal':
      return `lognormal, mean ${d.mean} ${unit}, cv ${d.cv}`;
    case 'pareto':
      return `Pareto, mean ${d.mean} ${unit}, alpha ${d.alpha}`;
    case 'mix':
      return d.parts.map((p) => `${p.weight} x ${describeDist(p.dist, unit)}`).join(' + ');
  }
}
