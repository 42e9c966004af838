/**
 * Where things are: a small table of cities by latitude and longitude (degrees, north and
 * east positive). Scenarios pick roles from it (origin, edge server, users); the table itself
 * knows nothing of roles. Coordinates are city centres (Virginia is Ashburn, where many
 * cloud regions sit), to about a hundredth of a degree.
 */
export interface Place {
  /** Stable id, used in component names ("edge-mumbai") and in results. */
  id: string;
  /** How a learner reads it. */
  name: string;
  lat: number;
  lon: number;
}

export const PLACES: readonly Place[] = [
  { id: 'virginia', name: 'Virginia', lat: 39.04, lon: -77.49 },
  { id: 'new-york', name: 'New York', lat: 40.71, lon: -74.01 },
  { id: 'los-angeles', name: 'Los Angeles', lat: 34.05, lon: -118.24 },
  { id: 'sao-paulo', name: 'São Paulo', lat: -23.55, lon: -46.63 },
  { id: 'london', name: 'London', lat: 51.51, lon: -0.13 },
  { id: 'frankfurt', name: 'Frankfurt', lat: 50.11, lon: 8.68 },
  { id: 'lagos', name: 'Lagos', lat: 6.52, lon: 3.38 },
  { id: 'johannesburg', name: 'Johannesburg', lat: -26.2, lon: 28.05 },
  { id: 'mumbai', name: 'Mumbai', lat: 19.08, lon: 72.88 },
  { id: 'chennai', name: 'Chennai', lat: 13.08, lon: 80.27 },
  { id: 'singapore', name: 'Singapore', lat: 1.35, lon: 103.82 },
  { id: 'tokyo', name: 'Tokyo', lat: 35.68, lon: 139.65 },
  { id: 'sydney', name: 'Sydney', lat: -33.87, lon: 151.21 },
];

const BY_ID = new Map(PLACES.map((p) => [p.id, p]));

/** The place with this id; throws on an unknown id, which is a programming error. */
export function placeById(id: string): Place {
  const p = BY_ID.get(id);
  if (!p) throw new RangeError(`unknown place "${id}"`);
  return p;
}
