import { CITIES, PAIRS } from './cities';

/** The map's viewBox: cities placed roughly where they are (Delhi north, Bengaluru south). */
export const MAP_W = 800;
export const MAP_H = 460;
export const CARD_W = 212;
export const CARD_H = 104;

/** Each city's replica and its customers, as fractions of the map. */
export const SPOTS: ReadonlyArray<{
  replica: { x: number; y: number };
  customers: { x: number; y: number };
}> = [
  { replica: { x: 0.3, y: 0.53 }, customers: { x: 0.07, y: 0.53 } }, // Mumbai, on the west coast
  { replica: { x: 0.6, y: 0.15 }, customers: { x: 0.88, y: 0.15 } }, // Delhi, in the north
  { replica: { x: 0.6, y: 0.85 }, customers: { x: 0.88, y: 0.85 } }, // Bengaluru, in the south
];

export const px = (p: { x: number; y: number }) => ({ x: p.x * MAP_W, y: p.y * MAP_H });

/** Where a line's label sits: its middle, nudged off the line so the text stays readable. */
export function lineLabelAt(k: number): { x: number; y: number; anchor: 'start' | 'end' } {
  const [a, b] = PAIRS[k]!;
  const p = px(SPOTS[a]!.replica);
  const q = px(SPOTS[b]!.replica);
  const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  // The vertical Delhi–Bengaluru line takes its label on the right; the others on the left.
  return p.x === q.x
    ? { x: mid.x + 14, y: mid.y, anchor: 'start' }
    : { x: mid.x - 14, y: mid.y, anchor: 'end' };
}

/** Positions for the request dots: parts by name, boxes with their half width. */
export const DOT_POSITIONS = Object.fromEntries(
  CITIES.flatMap((c, i) => [
    [c.id, { ...SPOTS[i]!.replica, halfWidth: CARD_W / 2 / MAP_W }],
    [`customers-${c.id}`, { ...SPOTS[i]!.customers }],
  ]),
);
