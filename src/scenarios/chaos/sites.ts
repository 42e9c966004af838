import { placeById, type Place } from '../../engine';

/**
 * Where things stand: up to three cloud regions, each with the city its nearest users live
 * in. Shared by the model, the picture and the results, so all three always agree.
 */
export interface RegionSite {
  /** Stable id, used in component names ("lb-virginia"). */
  id: string;
  /** How a learner reads it. */
  name: string;
  place: Place;
  /** The users who live nearest this region. */
  users: Place;
}

export const REGION_SITES: readonly RegionSite[] = [
  { id: 'virginia', name: 'Virginia', place: placeById('virginia'), users: placeById('new-york') },
  {
    id: 'frankfurt',
    name: 'Frankfurt',
    place: placeById('frankfurt'),
    users: placeById('london'),
  },
  { id: 'mumbai', name: 'Mumbai', place: placeById('mumbai'), users: placeById('chennai') },
];

export const MAX_REGIONS = REGION_SITES.length;

/** The first `n` regions (1 to 3). */
export function regionsFor(n: number): readonly RegionSite[] {
  return REGION_SITES.slice(0, Math.min(MAX_REGIONS, Math.max(1, Math.floor(n))));
}

/** Component names, shared by the model, the view, interventions ("kill:region-virginia@300") and results. */
export const names = {
  region: (id: string) => `region-${id}`,
  lb: (id: string) => `lb-${id}`,
  instance: (id: string, i: number) => `app-${id}-${i + 1}`,
  db: (id: string) => `db-${id}`,
  users: (usersId: string) => `users-${usersId}`,
  edge: (usersId: string) => `edge-${usersId}`,
  dns: (usersId: string) => `dns-${usersId}`,
  monkey: 'chaos-monkey',
  health: 'dns-health',
};

/** "Virginia instance 2" for "app-virginia-2"; null for any other name. */
export function instanceLabel(name: string): string | null {
  const m = /^app-([a-z-]+)-(\d+)$/.exec(name);
  const site = m && REGION_SITES.find((r) => r.id === m[1]);
  return site ? `${site.name} instance ${m![2]}` : null;
}
