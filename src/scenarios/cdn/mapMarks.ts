import type { Place } from '../../engine';
import type { Positions } from '../../ui/dots';
import type { MapGeometry } from './mapGeometry';
import { names, type Sites } from './sites';

export type MarkKind = 'origin' | 'edge' | 'city';
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** One thing drawn on the map, in viewBox units. */
export interface MapMark {
  /** Component name (the city's users for a city). */
  name: string;
  kind: MarkKind;
  place: Place;
  x: number;
  y: number;
}

// Edges and the origin stand in cities that also have users: drawn a little apart so all
// three stay visible, and so a request visibly travels from the users to their edge.
const EDGE_SHIFT: [number, number] = [9, -9];
const ORIGIN_SHIFT: [number, number] = [-9, 9];

/** Where each city's name goes so neighbours (London and Frankfurt, Mumbai and Chennai) do not collide. */
export const LABEL_SIDE: Readonly<Record<string, LabelSide>> = {
  'new-york': 'right',
  'los-angeles': 'left',
  london: 'left',
  frankfurt: 'right',
  lagos: 'left',
  mumbai: 'left',
  tokyo: 'left',
};

export function mapMarks(sites: Sites, geo: MapGeometry): MapMark[] {
  const at = (p: Place, shift: [number, number] = [0, 0]) => {
    const [x, y] = geo.project(p);
    return { x: x + shift[0], y: y + shift[1] };
  };
  const inCity = sites.cities.some((c) => c.id === sites.origin.id);
  return [
    ...sites.cities.map((c) => ({
      name: names.users(c.id),
      kind: 'city' as const,
      place: c,
      ...at(c),
    })),
    ...sites.edges.map((e) => ({
      name: names.edge(e.id),
      kind: 'edge' as const,
      place: e,
      ...at(e, EDGE_SHIFT),
    })),
    {
      name: names.origin,
      kind: 'origin' as const,
      place: sites.origin,
      ...at(sites.origin, inCity ? ORIGIN_SHIFT : [0, 0]),
    },
  ];
}

/** Where the request dots go: each part as fractions of the map box. */
export function dotPositions(marks: readonly MapMark[], geo: MapGeometry): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  for (const m of marks) {
    const p = { x: m.x / geo.width, y: m.y / geo.height };
    out[m.name] = p;
    // A city's router stands with its users: the request leaves from the city itself.
    if (m.kind === 'city') out[names.route(m.place.id)] = p;
  }
  return out;
}
