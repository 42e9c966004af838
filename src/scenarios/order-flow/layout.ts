import type { Positions } from '../../ui/dots';
import { partOf, type Part } from './budget';
import { JOBS, REGIONS, SIZE, type JobId } from './parts';

/** The picture's coordinate box (SVG viewBox units). */
export const W = 1000;
export const H = 500;

/** A box in the picture, by its centre. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each single part sits. Reads run along the top band, orders along the bottom one. */
export const BOX = {
  phone: { x: 52, y: 250, w: 76, h: 64 },
  edge: { x: 180, y: 70, w: 112, h: 48 },
  origin: { x: 310, y: 120, w: 96, h: 40 },
  balancer: { x: 180, y: 250, w: 120, h: 48 },
  app: { x: 310, y: 250, w: 112, h: 96 },
  cache: { x: 450, y: 110, w: 96, h: 48 },
  shard: { x: 565, y: 190, w: 116, h: 48 },
  limiter: { x: 440, y: 350, w: 112, h: 48 },
  orders: { x: 567, y: 350, w: 116, h: 48 },
  log: { x: 690, y: 410, w: 100, h: 56 },
} as const satisfies Record<string, Box>;
export type SingleBox = keyof typeof BOX;

/** The database grid: one column per region, the primary on top and its replicas below. */
export const DB = { x0: 672, dx: 70, headerY: 30, y0: 66, dy: 46, w: 64, h: 38 } as const;
export const dbCell = (region: number, row: number): Box => ({
  x: DB.x0 + region * DB.dx,
  y: DB.y0 + row * DB.dy,
  w: DB.w,
  h: DB.h,
});

/** The four jobs: their log readers, then their services, one row each. */
export const JOB_ROWS = { readerX: 820, serviceX: 935, y0: 300, dy: 56, w: 90, h: 42 } as const;
export const jobRowY = (i: number): number => JOB_ROWS.y0 + i * JOB_ROWS.dy;
export const readerBox = (i: number): Box => ({
  x: JOB_ROWS.readerX,
  y: jobRowY(i),
  w: JOB_ROWS.w,
  h: JOB_ROWS.h,
});
export const serviceBox = (i: number): Box => ({
  x: JOB_ROWS.serviceX,
  y: jobRowY(i),
  w: JOB_ROWS.w,
  h: JOB_ROWS.h,
});

/** People at scale: the crowd above you, the abuser below. */
export const PEOPLE = { customers: { x: 52, y: 150 }, abuser: { x: 52, y: 360 } } as const;

const jobIndex = (id: JobId) => JOBS.findIndex((j) => j.id === id);
const regionIndex = (name: string) => REGIONS.findIndex((r) => name.startsWith(`db-${r.id}`));

/** The centre of the part a component belongs to, in viewBox units (null: not drawn). */
export function placeOf(name: string): { x: number; y: number; w: number } | null {
  if (name === 'customers') return { ...PEOPLE.customers, w: 0 };
  if (name === 'abuser') return { ...PEOPLE.abuser, w: 0 };
  const p = partOf(name);
  if (!p) return null;
  const at = (b: Box) => ({ x: b.x, y: b.y, w: b.w });
  switch (p.part) {
    case 'phone':
      return { x: BOX.phone.x, y: BOX.phone.y, w: 0 };
    case 'reader':
      return at(readerBox(jobIndex(p.job!)));
    case 'primary':
    case 'replica': {
      const row = p.part === 'primary' ? 0 : Number(/replica-(\d+)/.exec(name)?.[1] ?? 1);
      return at(dbCell(regionIndex(name), row));
    }
    case 'shard':
      // The shard's own router sits on its primary: its hops there take no time.
      return name === 'shards' ? at(BOX.shard) : at(dbCell(regionIndex(name), 0));
    case 'app': {
      const i = /^app-(\d+)$/.exec(name);
      if (!i) return at(BOX.app);
      // Eight servers in one box: spread their dots down it a little.
      const k = Number(i[1]) - 1;
      return { x: BOX.app.x, y: BOX.app.y - 30 + (60 * k) / (SIZE.appServers - 1), w: BOX.app.w };
    }
    default:
      if (p.part in BOX) return at(BOX[p.part as SingleBox]);
      return at(serviceBox(jobIndex(p.part as JobId)));
  }
}

/** Dot positions for every drawn component, as fractions of the picture. */
export function dotPositions(names: readonly string[]): Positions {
  const out: Record<string, { x: number; y: number; halfWidth: number }> = {};
  for (const n of names) {
    const p = placeOf(n);
    if (p) out[n] = { x: p.x / W, y: p.y / H, halfWidth: p.w / 2 / W };
  }
  return out;
}

/** Which part a step is about, for highlighting: uplink and downlink light the phone. */
export function partBox(part: Part): Part {
  return part === 'uplink' || part === 'downlink' ? 'phone' : part;
}
