import type { Params } from '../params';
import { bool, num } from '../scenario';

/** Requests a second the origin can finish at most: workers / processing time. */
export const originCapacity = (p: Params): number =>
  (num(p, 'originWorkers') * 1000) / num(p, 'originMs');

/** Requests a second that will reach the origin: all of them, or the edges' misses. */
export const originLoad = (p: Params): number =>
  num(p, 'rps') * (bool(p, 'cdn') ? 1 - num(p, 'edgeHitRatio') : 1);
