import fc from 'fast-check';
import { REGIONS } from '../design/props';
import { mk } from '../design/testDesigns';
import type { Design, PartKind } from '../design/types';

type Spec = [PartKind, string, Record<string, unknown>?];

/**
 * fast-check designs that pass validation (tests only): clients in one or two regions, then
 * any of an edge, a limiter and a balancer, app servers, then any of a cache, a key service
 * and a queue, and a primary (with or without replicas) or shards. Small loads and short runs,
 * so a hundred of them load-test in seconds.
 */
export const validDesignArb: fc.Arbitrary<Design> = fc
  .record({
    regions: fc.subarray([...REGIONS], { minLength: 1, maxLength: 2 }),
    cdn: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    limiter: fc.option(fc.constantFrom('token-bucket', 'sliding-window', 'fixed-window')),
    balancer: fc.option(fc.constantFrom('round-robin', 'least-connections', 'p2c', 'random')),
    instances: fc.integer({ min: 1, max: 4 }),
    workers: fc.integer({ min: 1, max: 8 }),
    serviceMs: fc.double({ min: 0.05, max: 20, noNaN: true }),
    cache: fc.option(fc.integer({ min: 1, max: 100_000 })),
    keygen: fc.option(fc.constantFrom('hash', 'counter', 'key-range')),
    rangeSize: fc.integer({ min: 1, max: 50 }),
    queue: fc.option(fc.integer({ min: 1, max: 3 })),
    store: fc.constantFrom('primary', 'shards'),
    shards: fc.integer({ min: 1, max: 4 }),
    replicas: fc.option(
      fc.record({
        count: fc.integer({ min: 1, max: 3 }),
        lagMs: fc.integer({ min: 0, max: 2000 }),
      }),
    ),
    readsReplicas: fc.boolean(),
    redirects: fc.integer({ min: 0, max: 300 }),
    creates: fc.integer({ min: 0, max: 60 }),
    urls: fc.integer({ min: 1, max: 1e9 }),
    zipf: fc.double({ min: 0, max: 2, noNaN: true }),
    cp: fc.boolean(),
  })
  .map((o) => {
    const parts: Spec[] = [];
    const wires: Array<[string, string]> = [];
    const chain: string[] = [];
    const add = (spec: Spec, front?: string) => {
      parts.push(spec);
      if (front) chain.push(front);
    };
    if (o.cdn !== null) add(['cdn', 'edge', { hitRatio: o.cdn }], 'edge');
    if (o.limiter !== null) add(['limiter', 'lim', { algorithm: o.limiter }], 'lim');
    if (o.balancer !== null) add(['balancer', 'lb', { strategy: o.balancer }], 'lb');
    parts.push([
      'app',
      'app',
      { instances: o.instances, workers: o.workers, serviceMs: o.serviceMs },
    ]);
    chain.push('app');
    o.regions.forEach((region, i) => {
      parts.push(['clients', `users-${i}`, { region, share: 1 }]);
      wires.push([`users-${i}`, chain[0]!]);
    });
    for (let i = 1; i < chain.length; i++) wires.push([chain[i - 1]!, chain[i]!]);
    const store = o.store === 'primary' ? 'db' : 'shards';
    parts.push(
      o.store === 'primary' ? ['primary', 'db'] : ['shards', 'shards', { count: o.shards }],
    );
    wires.push(['app', store]);
    if (o.cache !== null) {
      add(['cache', 'cache', { capacity: o.cache }]);
      wires.push(['app', 'cache'], ['cache', store]);
    }
    if (o.keygen !== null) {
      add(['keygen', 'keys', { strategy: o.keygen, rangeSize: o.rangeSize }]);
      wires.push(['app', 'keys']);
    }
    if (o.queue !== null) {
      add(['queue', 'q', { consumers: o.queue }]);
      wires.push(['app', 'q']);
    }
    if (o.replicas !== null) {
      parts.push(['replicas', 'reps', o.replicas]);
      wires.push([store, 'reps']);
      if (o.readsReplicas) wires.push(['app', 'reps']);
    }
    return mk(
      parts,
      wires,
      {
        redirectsPerSec: o.redirects,
        createsPerSec: o.creates,
        urls: o.urls,
        zipf: o.zipf,
        durationS: 1,
      },
      o.cp,
    );
  });
