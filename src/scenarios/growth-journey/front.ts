import {
  ClosedLoopUsers,
  EdgeServer,
  Fork,
  NearestRouter,
  OpenLoopSource,
  Server,
  exponential,
  linkByDistance,
  lognormal,
  makeProfile,
  placeById,
  constant,
  type Component,
  type Ms,
  type Place,
  type Sim,
} from '../../engine';
import {
  EDGE_HIT_RATIO,
  EDGE_MS,
  FAR_CITIES,
  FILE_SHARE,
  FILES_MS,
  KEYS,
  NEAR_CITY,
  ORDER_SHARE,
  ORIGIN,
  SCRAPER_CLIENT,
  SCRAPER_PAGES,
  SCRAPER_RPS,
  THINK_MS,
  TIMEOUT_MS,
  ZIPF,
  type Plan,
} from './plan';
import { TAG_FILES, type UserTally } from './tally';

export const USER_CITIES = [NEAR_CITY, ...FAR_CITIES] as const;

export interface Front {
  files: Server;
  edges: EdgeServer[];
  /** Each city's door: files one way, data the other. */
  doors: Fork[];
}

/**
 * The people and the way in: a group of users per city (New York near the origin in
 * Virginia; Mumbai and Sydney once the app is known abroad), each behind a door that sends a
 * page's files to the file servers (or, with a CDN, to the nearest edge) and everything else
 * over the ocean to the app. Links are as long as the great circle, as in the CDN chapter.
 */
export function buildFront(
  sim: Sim,
  plan: Plan,
  api: Component,
  tally: UserTally,
  cdn: boolean,
  durationMs: Ms,
): Front {
  const origin = placeById(ORIGIN);
  const files = new Server(sim, {
    name: 'files',
    workers: 256,
    queueLimit: 5000,
    service: constant(FILES_MS),
  });
  const counts = [plan.nearUsers, ...plan.farUsers];
  const cities: Place[] = USER_CITIES.map((id) => placeById(id));
  const edges = cdn
    ? cities.map((at, i) => {
        const edge = new EdgeServer(sim, {
          name: `edge-${USER_CITIES[i]}`,
          workers: 64,
          queueLimit: 2000,
          service: lognormal(EDGE_MS, 0.3),
          origin: files,
          hitRatio: EDGE_HIT_RATIO,
        });
        linkByDistance(sim, edge, at, files, origin);
        return edge;
      })
    : [];
  const profile = makeProfile('constant', durationMs);
  const doors: Fork[] = [];
  cities.forEach((at, i) => {
    const n = counts[i] ?? 0;
    if (n < 1) return;
    const id = USER_CITIES[i]!;
    const toFiles = cdn
      ? new NearestRouter(sim, {
          name: `route-${id}`,
          at,
          targets: edges.map((node, k) => ({ node, at: cities[k]! })),
          fallback: { node: files, at: origin },
        })
      : files;
    const door = new Fork(sim, {
      name: `door-${id}`,
      routes: [toFiles, api],
      route: (req) => {
        tally.sent(req);
        return req.tag === TAG_FILES ? 0 : 1;
      },
    });
    if (!cdn) linkByDistance(sim, door, at, files, origin);
    linkByDistance(sim, door, at, api, origin);
    new ClosedLoopUsers(sim, {
      name: `users-${id}`,
      users: n,
      think: exponential(THINK_MS),
      profile,
      target: door,
      timeoutMs: TIMEOUT_MS,
      // Orders are a share of the data clicks; a file click's kind is never looked at.
      writeRatio: ORDER_SHARE,
      keys: KEYS,
      zipf: ZIPF,
      heavyFraction: FILE_SHARE,
      onEnd: tally.endFor(i > 0),
    });
    doors.push(door);
  });
  if (plan.scraper) {
    // Crawls every page in every sort order and filter, evenly: a cache rarely has what it asks for.
    const scraper = new OpenLoopSource(sim, {
      name: 'scraper',
      rps: SCRAPER_RPS,
      profile,
      target: api,
      timeoutMs: TIMEOUT_MS,
      client: SCRAPER_CLIENT,
      keys: SCRAPER_PAGES,
      zipf: 0,
    });
    sim.link(scraper, api, () => 5);
  }
  return { files, edges, doors };
}
