import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Bundled into this chapter's lazy chunk: the map draws with no request at run time.
import world from 'world-atlas/countries-110m.json';
import type { LatLon } from '../../engine';

/** The map's viewBox. */
export const MAP_W = 800;
export const MAP_H = 355;
/**
 * Natural Earth, fitted once to the box (less a 6-unit margin) around every country but
 * Antarctica, which has no users here and would take a fifth of the height. Fitting walks
 * every coastline, so it is done offline; mapGeometry.test.ts checks these still fit.
 */
export const FIT = { scale: 145.79, translate: [400, 207.07] as [number, number] };
const projection = geoNaturalEarth1().scale(FIT.scale).translate(FIT.translate);

/** A place in viewBox units. */
export const project = (p: LatLon): [number, number] => projection([p.lon, p.lat]) ?? [NaN, NaN];

export interface MapGeometry {
  width: number;
  height: number;
  project(p: LatLon): [number, number];
}
export const MAP: MapGeometry = { width: MAP_W, height: MAP_H, project };

let land: FeatureCollection | null = null;
/** The countries as GeoJSON, decoded from TopoJSON on first use. */
export function countries(): FeatureCollection {
  if (land) return land;
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection;
  land = {
    type: 'FeatureCollection',
    features: all.features.filter((f: Feature) => f.id !== '010'),
  };
  return land;
}

let path: string | null = null;
/** Every country as one SVG path string, built once. */
export function landPath(): string {
  return (path ??= geoPath(projection)(countries()) ?? '');
}

let built: string | null = null;
let scheduled = false;
const waiting = new Set<() => void>();

/**
 * The land path once built, else null. Decoding and projecting 177 countries is the slowest
 * step of opening this chapter, so the map subscribes and gets it after the page has painted
 * (a useSyncExternalStore source: `subscribeLand` and `landNow`).
 */
export const landNow = (): string | null => built;

export function subscribeLand(onReady: () => void): () => void {
  waiting.add(onReady);
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => {
      built = landPath();
      for (const f of [...waiting]) f();
    }, 0);
  }
  return () => waiting.delete(onReady);
}
