import {
  greatCircleKm,
  round,
  roundTripMs,
  type Component,
  type EdgeServer,
  type Gauge,
  type NearestRouter,
  type Place,
  type Server,
} from '../../engine';
import type { Params } from '../params';
import { num } from '../scenario';
import type { CityTally } from './cityTally';
import type { CityRtt, CityTraffic } from './results';
import { originCapacity } from './capacity';
import type { Sites } from './sites';

interface Parts {
  sites: Sites;
  origin: Server;
  edges: ReadonlyArray<{ node: EdgeServer; at: Place }>;
  /** Per city; null when the CDN is off and users go straight to the origin. */
  routers: ReadonlyArray<NearestRouter | null>;
  tally: CityTally;
  params: Params;
}

/** What a CDN run reports: the gauges its view charts and the figures added to the results. */
export class CdnFigures {
  private readonly placeOf: Map<Component, Place>;

  constructor(private readonly m: Parts) {
    this.placeOf = new Map<Component, Place>([[m.origin, m.sites.origin]]);
    for (const e of m.edges) this.placeOf.set(e.node, e.at);
  }

  readonly hits = (): number => this.m.edges.reduce((a, e) => a + e.node.hits, 0);
  readonly misses = (): number => this.m.edges.reduce((a, e) => a + e.node.misses, 0);
  readonly reachedOrigin = (): number => this.m.origin.stats!.arrived;
  /** Share of requests answered at an edge without reaching the origin. */
  readonly offload = (): number => {
    const h = this.hits();
    const total = h + this.reachedOrigin();
    return total > 0 ? h / total : 0;
  };

  gauges(): Gauge[] {
    const counter = (name: string, label: string, read: () => number): Gauge => ({
      name,
      label,
      unit: 'requests',
      kind: 'counter',
      read,
    });
    return [
      counter('edgeHits', 'Answered by an edge', this.hits),
      counter('originArrivals', 'Reached the origin', this.reachedOrigin),
      {
        name: 'offload',
        label: 'Share kept off the origin',
        unit: '',
        kind: 'level',
        read: this.offload,
      },
      ...this.m.tally.gauges(),
    ];
  }

  /** One city's round trip: to whichever server answers its hits as the run ends. */
  private city(i: number): { rtt: CityRtt; traffic: CityTraffic } {
    const { sites, origin, routers, tally, params } = this.m;
    const city = sites.cities[i]!;
    const router = routers[i] ?? null;
    const server = router ? (router.current() ?? origin) : origin;
    const km = greatCircleKm(city, this.placeOf.get(server)!);
    const physics = roundTripMs(km);
    const work = server === origin ? num(params, 'originMs') : num(params, 'edgeMs');
    const c = tally.counts[i]!;
    const sentTo = router
      ? Object.fromEntries(
          router.order.map((n, k) => [n.name, router.sent[k]!]).filter(([, n]) => n),
        )
      : { [origin.name]: c.ended };
    return {
      rtt: {
        servedBy: server.name,
        km: round(km, 1),
        physics: round(physics),
        expected: round(physics + work),
        observedHits: round(tally.firstMeanMs(i)),
        observed: round(tally.meanMs(i)),
      },
      traffic: { requests: c.ended, ok: c.ok, errors: c.errors, sentTo },
    };
  }

  extras(): Record<string, unknown> {
    const ids = this.m.sites.cities.map((c) => c.id);
    const perCity = ids.map((_, i) => this.city(i));
    return {
      originOffload: round(this.offload(), 4),
      originRequests: this.reachedOrigin(),
      edgeHits: this.hits(),
      edgeMisses: this.misses(),
      originCapacityRps: round(originCapacity(this.m.params), 1),
      rttMs: Object.fromEntries(ids.map((id, i) => [id, perCity[i]!.rtt])),
      cityTraffic: Object.fromEntries(ids.map((id, i) => [id, perCity[i]!.traffic])),
    };
  }
}
