import type { Design } from '../design/types';

/** About the size of a part on the canvas, for finding room for a new one. */
const PART_BOX = { w: 200, h: 110 };

/**
 * A free spot near `at`, so parts added in the middle do not land on one another: rings of
 * candidate spots around it, nearest first.
 */
export function freeSpot(d: Design, at: { x: number; y: number }) {
  const free = (x: number, y: number) =>
    !d.parts.some((p) => Math.abs(p.x - x) < PART_BOX.w && Math.abs(p.y - y) < PART_BOX.h);
  for (let ring = 0; ring <= 6; ring++)
    for (let dy = -ring; dy <= ring; dy++)
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = at.x + dx * PART_BOX.w;
        const y = at.y + dy * PART_BOX.h;
        if (free(x, y)) return { x, y };
      }
  return { x: at.x + 32 * d.parts.length, y: at.y + 32 * d.parts.length };
}
