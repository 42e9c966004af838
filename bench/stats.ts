/**
 * How the bench measures: warm-up rounds first, then measured rounds in which the contenders
 * take turns (A, B, A, B, ...), so a slow patch of the machine (another process, a thermal
 * dip) hits every contender instead of just one; each figure is a median, which one
 * outlying run cannot move. Pure functions (the clock is passed in) so they can be tested.
 */

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Contender<R> {
  name: string;
  /** One run. `round` counts from 0 over warm-up and measured rounds alike (e.g. for a seed). */
  run(round: number): R;
}

export interface Timed<R> {
  round: number;
  ms: number;
  result: R;
}

export interface InterleaveOptions {
  warmup: number;
  runs: number;
  /** The clock, in ms (performance.now in the bench; a fake one in tests). */
  now: () => number;
  /** Called before every run, warm-up included, outside the timed span (e.g. to force a GC). */
  beforeEach?: () => void;
}

type ResultOf<C> = C extends Contender<infer R> ? R : never;

/** The measured runs of each contender, in the contenders' order. */
export type Interleaved<T extends readonly Contender<unknown>[]> = {
  [K in keyof T]: Array<Timed<ResultOf<T[K]>>>;
};

/**
 * Runs `warmup + runs` rounds; in each round every contender runs once, in the order given.
 * Warm-up runs are timed like the others but dropped.
 */
export function interleave<const T extends readonly Contender<unknown>[]>(
  contenders: T,
  opts: InterleaveOptions,
): Interleaved<T> {
  const out = contenders.map(() => [] as Array<Timed<unknown>>);
  const rounds = opts.warmup + opts.runs;
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((c, i) => {
      opts.beforeEach?.();
      const t0 = opts.now();
      const result = c.run(round);
      const ms = opts.now() - t0;
      if (round >= opts.warmup) out[i]!.push({ round, ms, result });
    });
  }
  return out as Interleaved<T>;
}

/** Median over runs of `count(result)` per second of wall time. */
export function medianRate<R>(runs: ReadonlyArray<Timed<R>>, count: (r: R) => number): number {
  return median(runs.map((t) => (count(t.result) / t.ms) * 1000));
}

/** Median over runs of any figure of the result (events, requests completed). */
export function medianOf<R>(runs: ReadonlyArray<Timed<R>>, figure: (r: R) => number): number {
  return median(runs.map((t) => figure(t.result)));
}
