import type { Component } from '../../kernel/component';
import type { Sim } from '../../kernel/sim';
import { greatCircleKm, oneWayMs, type LatLon } from './distance';

/**
 * Joins two parts with a fibre link as long as the great circle between their places, both
 * ways. The latency is constant: the floor physics sets, with no queueing in routers.
 * Returns the distance in km.
 */
export function linkByDistance(
  sim: Sim,
  a: Component,
  aAt: LatLon,
  b: Component,
  bAt: LatLon,
): number {
  const km = greatCircleKm(aAt, bAt);
  const ms = oneWayMs(km);
  sim.link(a, b, () => ms);
  return km;
}
