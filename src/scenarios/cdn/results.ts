import type { RunResult } from '../run';

/** One city's round trip in a run's results (`rttMs.<city>`). */
export interface CityRtt {
  /** The server that answers this city's hits at the end of the run. */
  servedBy: string;
  km: number;
  /** 2 x km / 200,000 km/s, in ms. */
  physics: number;
  /** physics + that server's processing: the best a request can do. */
  expected: number;
  /** Mean of requests answered by the first server they reached (hits; all with the CDN off). */
  observedHits: number;
  /** Mean of all successful requests, misses included. */
  observed: number;
}

/** One city's traffic (`cityTraffic.<city>`). */
export interface CityTraffic {
  requests: number;
  ok: number;
  errors: number;
  /** Requests sent to each server, by name. */
  sentTo: Record<string, number>;
}

/** Typed views of the figures the scenario adds to results. */
export const cityRtt = (r: RunResult): Record<string, CityRtt> =>
  r.rttMs as Record<string, CityRtt>;
export const cityTraffic = (r: RunResult): Record<string, CityTraffic> =>
  r.cityTraffic as Record<string, CityTraffic>;
export const offload = (r: RunResult): number => r.originOffload as number;
