import { Outcome, type Gauge, type Request } from '../../engine';
import type { City } from './sites';

/** One city's counts so far. */
export interface CityCounts {
  ended: number;
  ok: number;
  errors: number;
  /** Sum of successful latencies, ms. */
  okMs: number;
  /** Successful requests answered by the first server they reached (edge hits; all, CDN off). */
  firstOk: number;
  firstMs: number;
}

/**
 * Per-city bookkeeping: each city's source reports every request that ends, each edge every
 * lookup, and this keeps the sums the results and the map's table need. Requests carry their
 * city as `client`, set by the city's source.
 */
export class CityTally {
  readonly counts: CityCounts[];
  /** Requests an edge answered from its copy, until they end. */
  private readonly hitIds = new Set<number>();

  constructor(
    private readonly cities: readonly City[],
    /** CDN off: the origin is the first server, so every answer counts as a first-server one. */
    private readonly direct: boolean,
  ) {
    this.counts = cities.map(() => ({
      ended: 0,
      ok: 0,
      errors: 0,
      okMs: 0,
      firstOk: 0,
      firstMs: 0,
    }));
  }

  readonly lookup = (req: Request, hit: boolean): void => {
    if (hit) this.hitIds.add(req.id);
  };

  readonly end = (req: Request): void => {
    const c = this.counts[req.client];
    const first = this.hitIds.delete(req.id) || this.direct;
    if (!c) return;
    c.ended++;
    if (req.outcome !== Outcome.ok) {
      c.errors++;
      return;
    }
    const ms = req.finishedAt - req.createdAt;
    c.ok++;
    c.okMs += ms;
    if (first) {
      c.firstOk++;
      c.firstMs += ms;
    }
  };

  /** Mean of successful latencies, ms (NaN before any). */
  meanMs(i: number): number {
    const c = this.counts[i]!;
    return c.ok > 0 ? c.okMs / c.ok : NaN;
  }

  firstMeanMs(i: number): number {
    const c = this.counts[i]!;
    return c.firstOk > 0 ? c.firstMs / c.firstOk : NaN;
  }

  /** Running sums per city, so a view can show each city's latency over any window. */
  gauges(): Gauge[] {
    return this.cities.flatMap((city, i) => {
      const c = this.counts[i]!;
      return [
        cityGauge(city, 'ms', 'latency total', 'ms', () => c.okMs),
        cityGauge(city, 'ok', 'answered', 'requests', () => c.ok),
        cityGauge(city, 'err', 'errors', 'requests', () => c.errors),
        cityGauge(city, 'hitMs', 'first-server latency total', 'ms', () => c.firstMs),
        cityGauge(city, 'hit', 'answered by the first server', 'requests', () => c.firstOk),
      ];
    });
  }
}

export type CityGauge = 'ms' | 'ok' | 'err' | 'hitMs' | 'hit';

/** Gauge names: "ms-mumbai", "ok-mumbai", "hit-mumbai", ... */
export const cityGaugeName = (what: CityGauge, id: string): string => `${what}-${id}`;

function cityGauge(
  city: City,
  what: CityGauge,
  label: string,
  unit: string,
  read: () => number,
): Gauge {
  return {
    name: cityGaugeName(what, city.id),
    label: `${city.name} ${label}`,
    unit,
    kind: 'counter',
    read,
  };
}
