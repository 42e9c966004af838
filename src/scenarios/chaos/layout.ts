import type { Positions } from '../../ui/dots';
import { names, regionsFor, type RegionSite } from './sites';

/** Diagram units: the picture is 800 wide and this tall. */
export const MAP_W = 800;
export const MAP_H = 440;

/** Rows, top to bottom: users, their CDN edge, their DNS, then the region panel. */
export const ROW = {
  users: 38,
  edge: 112,
  dns: 168,
  panelTop: 200,
  lb: 250,
  instances: 318,
  db: 392,
} as const;

export const INSTANCE_BOX = 34;

export interface RegionColumn {
  site: RegionSite;
  /** Centre of the column. */
  x: number;
  /** Half the column's usable width. */
  half: number;
  /** Centres of the instances, left to right. */
  instanceX: number[];
}

/** One column per region, evenly spread; instances in a row within the column. */
export function columnsFor(regions: number, instances: number): RegionColumn[] {
  const sites = regionsFor(regions);
  const width = MAP_W / sites.length;
  const half = Math.min(180, width / 2 - 10);
  const n = Math.max(1, instances);
  const step = Math.min(INSTANCE_BOX + 14, (2 * half - INSTANCE_BOX) / Math.max(1, n - 1));
  return sites.map((site, i) => {
    const x = width * (i + 0.5);
    const first = x - (step * (n - 1)) / 2;
    return { site, x, half, instanceX: Array.from({ length: n }, (_, k) => first + k * step) };
  });
}

/** Where each part's requests are drawn, as fractions of the picture. */
export function dotPositions(columns: readonly RegionColumn[], cdn: boolean): Positions {
  const at = (x: number, y: number, halfWidth = 0) => ({
    x: x / MAP_W,
    y: y / MAP_H,
    halfWidth: halfWidth / MAP_W,
  });
  const out: Record<string, ReturnType<typeof at>> = {};
  for (const c of columns) {
    const city = c.site.users.id;
    out[names.users(city)] = at(c.x, ROW.users);
    if (cdn) out[names.edge(city)] = at(c.x, ROW.edge, 60);
    out[names.dns(city)] = at(c.x, ROW.dns);
    out[names.lb(c.site.id)] = at(c.x, ROW.lb, 70);
    c.instanceX.forEach((x, k) => {
      out[names.instance(c.site.id, k)] = at(x, ROW.instances, INSTANCE_BOX / 2);
    });
    out[names.db(c.site.id)] = at(c.x, ROW.db, 50);
  }
  return out;
}
