import { greatCircleKm, oneWayMs, type Rng } from '../../engine';

/** The three restaurants of the chapter's story, where they really are. */
export const CITIES = [
  { id: 'mumbai', name: 'Mumbai', lat: 19.08, lon: 72.88 },
  { id: 'delhi', name: 'Delhi', lat: 28.61, lon: 77.21 },
  { id: 'bengaluru', name: 'Bengaluru', lat: 12.97, lon: 77.59 },
] as const;
export type CityId = (typeof CITIES)[number]['id'];
export const CITY_IDS: readonly CityId[] = CITIES.map((c) => c.id);

/** The three phone lines, as pairs of city indexes (the network's link order). */
export const PAIRS: ReadonlyArray<readonly [number, number]> = [
  [0, 1],
  [0, 2],
  [1, 2],
];
export const linkName = ([a, b]: readonly [number, number]): string =>
  `link-${CITIES[a]!.id}-${CITIES[b]!.id}`;
export const pairLabel = ([a, b]: readonly [number, number]): string =>
  `${CITIES[a]!.name}–${CITIES[b]!.name}`;

const km = (a: number, b: number): number => greatCircleKm(CITIES[a]!, CITIES[b]!);

/** Distance between cities, km: the great circle, the shortest a cable could be. */
export const distanceKm = (a: number, b: number): number => km(a, b);

/** One-way latency between cities: light in fibre over the great circle (a floor). */
export const LATENCY_MS: number[][] = CITIES.map((_, a) =>
  CITIES.map((_, b) => (a === b ? 0 : oneWayMs(km(a, b)))),
);

/** A customer to the restaurant in their own city, one way. */
export const CUSTOMER_MS = 2;
/** The restaurant's own work on an order before anything else. */
export const WORK_MS = 1;

/** The fastest a quorum round can be from each city: there and back to its nearest peer. */
export const quorumRoundTripMs = (city: number): number =>
  2 * Math.min(...LATENCY_MS[city]!.filter((_, j) => j !== city));

/** The dishes on the menu, the most ordered first, and what they cost on day one (₹). */
export const DISHES = [
  { name: 'Masala dosa', price: 120 },
  { name: 'Butter chicken', price: 320 },
  { name: 'Vada pav', price: 40 },
  { name: 'Biryani', price: 280 },
  { name: 'Paneer tikka', price: 240 },
  { name: 'Chole bhature', price: 160 },
  { name: 'Idli sambar', price: 90 },
  { name: 'Pav bhaji', price: 140 },
] as const;
export const MAX_DISHES = DISHES.length;

/** A new price for a dish: ₹40 to ₹400 in steps of 10. */
export const drawPrice = (rng: Rng): number => 40 + 10 * Math.floor(rng.next() * 37);

/** Which lines each partition preset cuts. */
export const PARTITIONS = {
  none: [],
  'isolate-mumbai': [PAIRS[0]!, PAIRS[1]!],
  'isolate-delhi': [PAIRS[0]!, PAIRS[2]!],
  'isolate-bengaluru': [PAIRS[1]!, PAIRS[2]!],
  'split-all': [...PAIRS],
  'cut-mumbai-delhi': [PAIRS[0]!],
} as const satisfies Record<string, ReadonlyArray<readonly [number, number]>>;
export type PartitionName = keyof typeof PARTITIONS;
export const PARTITION_NAMES = Object.keys(PARTITIONS) as PartitionName[];
