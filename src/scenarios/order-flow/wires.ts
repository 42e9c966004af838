import type { Leg, Part } from './budget';
import { BOX, dbCell, readerBox, serviceBox, type Box } from './layout';
import { JOBS, type JobId, type Switchable } from './parts';

/** A line between two parts of the picture; `id` names it for highlighting. */
export interface Wire {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Dashed: a path that exists only because a part is switched off. */
  detour?: boolean;
}

const c = (b: Box) => ({ x: b.x, y: b.y });
/** Your region's column is the first. */
const YOURS = 0;

/** Every wire in the picture for this set of switched-off parts. */
export function wiresFor(off: ReadonlySet<Switchable>): Wire[] {
  const w: Wire[] = [
    { id: 'phone-balancer', from: c(BOX.phone), to: c(BOX.balancer) },
    { id: 'balancer-app', from: c(BOX.balancer), to: c(BOX.app) },
    { id: 'app-shard', from: c(BOX.app), to: c(BOX.shard) },
    { id: 'shard-db', from: c(BOX.shard), to: c(dbCell(YOURS, 0)) },
    { id: 'orders-shard', from: c(BOX.orders), to: c(BOX.shard) },
  ];
  if (off.has('cdn'))
    w.push({ id: 'phone-origin', from: c(BOX.phone), to: c(BOX.origin), detour: true });
  else w.push({ id: 'phone-edge', from: c(BOX.phone), to: c(BOX.edge) });
  if (!off.has('cache')) w.push({ id: 'app-cache', from: c(BOX.app), to: c(BOX.cache) });
  if (off.has('limiter'))
    w.push({ id: 'app-orders', from: c(BOX.app), to: c(BOX.orders), detour: true });
  else
    w.push(
      { id: 'app-limiter', from: c(BOX.app), to: c(BOX.limiter) },
      { id: 'limiter-orders', from: c(BOX.limiter), to: c(BOX.orders) },
    );
  JOBS.forEach((j, i) => {
    if (off.has('queue'))
      w.push({ id: `orders-${j.id}`, from: c(BOX.orders), to: c(serviceBox(i)), detour: true });
    else
      w.push(
        { id: `log-${j.id}`, from: c(BOX.log), to: c(readerBox(i)) },
        { id: `reader-${j.id}`, from: c(readerBox(i)), to: c(serviceBox(i)) },
      );
  });
  if (!off.has('queue')) w.push({ id: 'orders-log', from: c(BOX.orders), to: c(BOX.log) });
  return w;
}

/** The wires a step travels along (none for work inside one part). */
export function stepWires(
  leg: Leg,
  part: Part,
  off: ReadonlySet<Switchable>,
  after: boolean,
): string[] {
  const job = JOBS.find((j) => j.id === part)?.id as JobId | undefined;
  if (job) return after ? [`log-${job}`, `reader-${job}`] : [`orders-${job}`];
  switch (part) {
    case 'edge':
      return ['phone-edge'];
    case 'origin':
      return ['phone-origin'];
    case 'uplink':
    case 'downlink':
      return ['phone-balancer'];
    case 'balancer':
      return ['balancer-app'];
    case 'cache':
      return ['app-cache'];
    case 'shard':
      return [leg === 'order' ? 'orders-shard' : 'app-shard', 'shard-db'];
    case 'replica':
    case 'primary':
      return ['shard-db'];
    case 'limiter':
      return ['app-limiter'];
    case 'orders':
      return [off.has('limiter') ? 'app-orders' : 'limiter-orders'];
    case 'log':
      return ['orders-log'];
    default:
      return [];
  }
}
