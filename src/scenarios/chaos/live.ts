import type { Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import { liveNodeState } from '../../ui/diagram/liveNode';
import type { GaugeReader } from '../read-replicas/useGauges';
import { G } from './gauges';
import type { RegionColumn } from './layout';
import { names, REGION_SITES } from './sites';

export type { GaugeReader };

/** What the picture shows of one region at the playhead. */
export interface RegionNow {
  up: boolean;
  /** Whether DNS health checks still count it as up. */
  dnsUp: boolean;
  lbUp: boolean;
  dbUp: boolean;
  instancesUp: boolean[];
}

/** What the picture shows of one city's users: where DNS sends them right now. */
export interface RouteNow {
  /** Region index DNS names now, and the one it named before the latest change. */
  to: number;
  from: number;
  /** Share of the users whose cached answer already names `to`, 0..1. */
  moved: number;
}

export function regionNow(
  col: RegionColumn,
  read: GaugeReader,
  layout: RunLayout | undefined,
  frame: Frame | undefined,
): RegionNow {
  const alive = (name: string) => liveNodeState(layout, frame, name)?.alive ?? true;
  const id = col.site.id;
  return {
    up: read(G.regionUp(id)) !== 0,
    dnsUp: read(G.dnsUp(id)) !== 0,
    lbUp: alive(names.lb(id)),
    dbUp: alive(names.db(id)),
    instancesUp: col.instanceX.map((_, k) => alive(names.instance(id, k))),
  };
}

export function routeNow(col: RegionColumn, index: number, read: GaugeReader): RouteNow {
  const city = col.site.users.id;
  const to = read(G.dnsTo(city));
  const from = read(G.dnsFrom(city));
  const moved = read(G.dnsMoved(city));
  return {
    to: Number.isFinite(to) ? to : index,
    from: Number.isFinite(from) ? from : index,
    moved: Number.isFinite(moved) ? moved : 1,
  };
}

/** "Virginia" for region index 0. */
export const regionName = (i: number): string => REGION_SITES[i]?.name ?? `region ${i + 1}`;

/** In words: "DNS sends London users to Frankfurt", or the move under way. */
export function routeText(route: RouteNow, usersName: string): string {
  if (route.to === route.from || route.moved >= 1)
    return `${usersName} users go to ${regionName(route.to)}`;
  const pct = Math.round(route.moved * 100);
  return `${usersName} users moving from ${regionName(route.from)} to ${regionName(route.to)}: ${pct}% moved`;
}
