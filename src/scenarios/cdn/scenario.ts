import {
  constant,
  EdgeServer,
  linkByDistance,
  makeProfile,
  NearestRouter,
  OpenLoopSource,
  Server,
  Sim,
} from '../../engine';
import { bool, num, type Scenario } from '../scenario';
import { cdnParams } from './cdnParams';
import { CityTally } from './cityTally';
import { originCapacity, originLoad } from './capacity';
import { CdnFigures } from './figures';
import { names, sitesFor, TOTAL_WEIGHT } from './sites';

// Fixed parts of the model: generous edges (so only distance shows), a long origin queue,
// and clients who wait 10 s before giving up.
const EDGE_WORKERS = 64;
const EDGE_QUEUE = 2000;
const ORIGIN_QUEUE = 5000;
const TIMEOUT_MS = 10_000;

export const cdn: Scenario = {
  id: 'cdn',
  title: 'Copies everywhere',
  tagline: 'A CDN puts the files next to the people who want them',
  order: 4,
  durationS: 30,
  params: cdnParams,
  notices(p) {
    const out: string[] = [];
    if (!bool(p, 'cdn'))
      out.push(
        'The CDN is off, so edge hit ratio, edge sites and edge processing change nothing: every request crosses to the origin.',
      );
    else if (num(p, 'edgeHitRatio') === 0)
      out.push(
        'With a hit ratio of 0 every request misses: the edges only add a stop on the way to the origin.',
      );
    if (originLoad(p) > originCapacity(p))
      out.push(
        `About ${Math.round(originLoad(p))} requests/s will reach the origin, which can finish at most ${Math.round(originCapacity(p))}/s: its queue will grow.`,
      );
    return out;
  },
  build(p, ctx) {
    const sim = new Sim({ seed: ctx.seed, traceCapacity: ctx.traceCapacity });
    const sites = sitesFor(p);
    const cdnOn = bool(p, 'cdn');
    const origin = new Server(sim, {
      name: names.origin,
      workers: num(p, 'originWorkers'),
      queueLimit: ORIGIN_QUEUE,
      service: constant(num(p, 'originMs')),
    });
    const tally = new CityTally(sites.cities, !cdnOn);
    const edges = sites.edges.map((at) => {
      const node = new EdgeServer(sim, {
        name: names.edge(at.id),
        workers: EDGE_WORKERS,
        queueLimit: EDGE_QUEUE,
        service: constant(num(p, 'edgeMs')),
        origin,
        hitRatio: num(p, 'edgeHitRatio'),
        onLookup: tally.lookup,
      });
      linkByDistance(sim, node, at, origin, sites.origin);
      return { node, at };
    });
    const fallback = { node: origin, at: sites.origin };
    const profile = makeProfile('constant', ctx.durationMs);
    const routers = sites.cities.map((city, i) => {
      const router = cdnOn
        ? new NearestRouter(sim, { name: names.route(city.id), at: city, targets: edges, fallback })
        : null;
      const source = new OpenLoopSource(sim, {
        name: names.users(city.id),
        rps: (num(p, 'rps') * city.weight) / TOTAL_WEIGHT,
        profile,
        target: router ?? origin,
        timeoutMs: TIMEOUT_MS,
        client: i,
        onEnd: tally.end,
      });
      if (!router) linkByDistance(sim, source, city, origin, sites.origin);
      return router;
    });

    const figures = new CdnFigures({ sites, origin, edges, routers, tally, params: p });
    return {
      sim,
      expectedRps: num(p, 'rps'),
      gauges: figures.gauges(),
      extras: () => figures.extras(),
    };
  },
};
