import { greatCircleKm, nearestAlive, roundTripMs, type Place } from '../../engine';
import { names, type Sites } from './sites';

/** Which server answers a city's hits right now, and how far it is. */
export interface Serving {
  /** Component name: an edge, or the origin. */
  server: string;
  place: Place;
  km: number;
  /** The physics round trip, ms. */
  rttMs: number;
}

/**
 * Where each city's requests go given which parts are up: the nearest live edge, else the
 * origin. The same rule the model's router follows, recomputed here so the map can show it
 * at any moment of the run (the router's own state lives in the engine, not in frames).
 */
export function servingNow(sites: Sites, isUp: (name: string) => boolean): Serving[] {
  return sites.cities.map((city) => {
    const i = nearestAlive(city, sites.edges, (k) => isUp(names.edge(sites.edges[k]!.id)));
    const edge = i >= 0 ? sites.edges[i]! : null;
    const place = edge ?? sites.origin;
    const km = greatCircleKm(city, place);
    return {
      server: edge ? names.edge(edge.id) : names.origin,
      place,
      km,
      rttMs: roundTripMs(km),
    };
  });
}
