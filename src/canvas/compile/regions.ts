import { greatCircleKm, oneWayMs, type Ms } from '../../engine';
import { ORIGIN_REGION } from '../design/assumptions';
import type { Region } from '../design/types';

/** Where each region's users (and a CDN edge near them) are: a city in it, in degrees. */
const AT: Record<Region, { lat: number; lon: number }> = {
  virginia: { lat: 39.04, lon: -77.49 },
  oregon: { lat: 45.6, lon: -121.18 },
  'sao-paulo': { lat: -23.55, lon: -46.63 },
  london: { lat: 51.51, lon: -0.13 },
  frankfurt: { lat: 50.11, lon: 8.68 },
  mumbai: { lat: 19.08, lon: 72.88 },
  singapore: { lat: 1.35, lon: 103.82 },
  tokyo: { lat: 35.68, lon: 139.65 },
  sydney: { lat: -33.87, lon: 151.21 },
};

export const REGION_INDEX: Record<Region, number> = Object.fromEntries(
  Object.keys(AT).map((r, i) => [r, i + 1]),
) as Record<Region, number>;

/** A user to a server in the same metro area: the last mile, not the distance. */
export const LOCAL_MS: Ms = 1;

/** One-way time from users (or an edge) in `region` to the origin, where everything else runs. */
export function toOriginMs(region: Region): Ms {
  return Math.max(LOCAL_MS, oneWayMs(greatCircleKm(AT[region], AT[ORIGIN_REGION])));
}
