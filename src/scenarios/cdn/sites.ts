import { placeById, type Place } from '../../engine';
import type { Params } from '../params';
import { bool, str } from '../scenario';

/**
 * Who stands where: the cities users send from (with their share of the traffic), the sets of
 * edge sites a learner can choose, and the places the origin may stand. Shared by the model
 * and the map so both always agree.
 */
export interface City extends Place {
  /** Relative share of all requests. */
  weight: number;
}

const cityWeights: ReadonlyArray<[string, number]> = [
  ['new-york', 2],
  ['los-angeles', 1.5],
  ['sao-paulo', 1.5],
  ['london', 2],
  ['frankfurt', 1.5],
  ['lagos', 1],
  ['johannesburg', 1],
  ['mumbai', 2.5],
  ['chennai', 1.5],
  ['singapore', 1],
  ['tokyo', 2],
  ['sydney', 1],
];

export const CITIES: readonly City[] = cityWeights.map(([id, weight]) => ({
  ...placeById(id),
  weight,
}));
export const TOTAL_WEIGHT = CITIES.reduce((a, c) => a + c.weight, 0);

export const EDGE_SETS = {
  few: ['new-york', 'london', 'singapore'],
  many: ['new-york', 'sao-paulo', 'london', 'frankfurt', 'mumbai', 'singapore', 'tokyo', 'sydney'],
  'every-city': CITIES.map((c) => c.id),
} as const satisfies Record<string, readonly string[]>;
export type EdgeSet = keyof typeof EDGE_SETS;
export const EDGE_SET_NAMES = Object.keys(EDGE_SETS) as EdgeSet[];

export const ORIGIN_SITES = ['virginia', 'frankfurt', 'mumbai', 'singapore', 'tokyo'] as const;

/** Component names, shared by the model, the map, interventions and results. */
export const names = {
  origin: 'origin',
  edge: (id: string) => `edge-${id}`,
  users: (id: string) => `users-${id}`,
  route: (id: string) => `route-${id}`,
};

export interface Sites {
  origin: Place;
  /** Edge sites; empty when the CDN is off. */
  edges: Place[];
  cities: readonly City[];
}

export function sitesFor(p: Params): Sites {
  return {
    origin: placeById(str(p, 'originRegion')),
    edges: bool(p, 'cdn') ? EDGE_SETS[str<EdgeSet>(p, 'edges')].map(placeById) : [],
    cities: CITIES,
  };
}
