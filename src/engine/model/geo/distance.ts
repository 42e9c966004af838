import type { Ms } from '../../core/units';

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371;
/** Light in glass fibre covers about two thirds of its vacuum speed: 200,000 km each second. */
export const FIBER_KM_PER_S = 200_000;

/** Anything with a latitude and longitude in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

const RAD = Math.PI / 180;

/**
 * Great-circle distance in km (haversine). The shortest path over the surface: real cables
 * are longer, so latencies built on it are a floor, which is what the lesson is about.
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Time for a signal to cover `km` of fibre one way. */
export const oneWayMs = (km: number): Ms => (km / FIBER_KM_PER_S) * 1000;

/** There and back: 2 x distance / 200,000 km/s, before any processing. */
export const roundTripMs = (km: number): Ms => 2 * oneWayMs(km);
