/**
 * Closed-form results from queueing theory, used to check the engine and quoted in lessons.
 * Rates are per millisecond or per second consistently; results come back in the same unit.
 */

/** M/M/1 mean response time (wait + service): 1 / (mu - lambda). */
export function mm1MeanResponse(lambda: number, mu: number): number {
  if (lambda >= mu) return Infinity;
  return 1 / (mu - lambda);
}

/** M/M/1 response-time quantile: the response time is exponential with rate mu - lambda. */
export function mm1ResponseQuantile(lambda: number, mu: number, q: number): number {
  if (lambda >= mu) return Infinity;
  return -Math.log(1 - q) / (mu - lambda);
}

/** Erlang C: probability an arrival must wait in an M/M/c queue with offered load a = lambda/mu. */
export function erlangC(c: number, a: number): number {
  if (a >= c) return 1;
  // Build a^k/k! iteratively to stay finite for large c.
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c; // a^c / c!
  const top = last * (c / (c - a));
  return top / (sum + top);
}

/** M/M/c mean response time: Erlang C wait plus one service time. */
export function mmcMeanResponse(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  if (a >= c) return Infinity;
  return erlangC(c, a) / (c * mu - lambda) + 1 / mu;
}

/** Utilization of c servers: lambda / (c mu). */
export const utilization = (lambda: number, mu: number, c = 1): number => lambda / (c * mu);
