import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BOTTLENECKS,
  FIXES_FOR,
  findBottleneck,
  isAcceptable,
  type DbFigure,
  type GrowthFigures,
} from './bottleneck';
import { FIXES } from './params';

/** A healthy system at 3,000 users; each test breaks one thing. */
function healthy(): GrowthFigures {
  return {
    users: 3000,
    p50Ms: 260,
    p99Ms: 500,
    errorShare: 0,
    far: { share: 0, filesP50Ms: 0, files: 0 },
    app: { servers: 8, busy: 0.5, cpuShare: 0.95, scraperShare: 0 },
    connections: { pooled: false, wanted: 160, limit: 100, refusedServers: 0, refusedShare: 0 },
    db: [{ name: 'primary', role: 'primary', busy: 0.4, writeShare: 0.35, alive: true }],
    scraper: { present: false, rps: 600, dbShare: 0 },
    down: [],
  };
}
const slow = (f: GrowthFigures): GrowthFigures => ({ ...f, p99Ms: 4000 });
const withDb = (f: GrowthFigures, db: Partial<DbFigure>): GrowthFigures => ({
  ...f,
  db: [{ ...f.db[0]!, ...db }],
});

describe('findBottleneck', () => {
  it('says none, with no fixes, when p99, errors and far files are all within bounds', () => {
    const v = findBottleneck(healthy());
    expect(v).toMatchObject({ bottleneck: 'none', acceptable: true, fixes: [] });
    expect(v.reason).toContain('500 ms');
  });

  it('names the app server CPU when its workers are busy computing', () => {
    const f = slow({ ...healthy(), app: { servers: 1, busy: 1, cpuShare: 0.9, scraperShare: 0 } });
    const v = findBottleneck(f);
    expect(v.bottleneck).toBe('app-cpu');
    expect(v.fixes).toEqual(['lb']);
    expect(v.reason).toMatch(/app server is busy 100%/);
  });

  it('does not blame the app when its threads are only waiting for the database', () => {
    const f = withDb(
      slow({ ...healthy(), app: { servers: 25, busy: 1, cpuShare: 0.35, scraperShare: 0 } }),
      { busy: 1, writeShare: 0.3 },
    );
    expect(findBottleneck(f).bottleneck).toBe('db-reads');
  });

  it('names the connections when unpooled servers were refused', () => {
    const f = {
      ...healthy(),
      errorShare: 0.16,
      connections: { ...healthy().connections, refusedServers: 3, refusedShare: 0.39 },
    };
    const v = findBottleneck(f);
    expect(v.bottleneck).toBe('connections');
    expect(v.fixes).toEqual(['pool']);
    expect(v.reason).toContain('3 servers were turned away');
  });

  it('tells reads from writes on a saturated primary by where its time went', () => {
    expect(findBottleneck(withDb(slow(healthy()), { busy: 0.97, writeShare: 0.3 }))).toMatchObject({
      bottleneck: 'db-reads',
      fixes: ['cache', 'replicas'],
    });
    expect(findBottleneck(withDb(slow(healthy()), { busy: 0.97, writeShare: 0.9 }))).toMatchObject({
      bottleneck: 'db-writes',
      fixes: ['queue', 'shards'],
    });
  });

  it('blames the scraper, not the part, when it makes a large share of the work', () => {
    const app = { servers: 25, busy: 1, cpuShare: 0.6, scraperShare: 0.6 };
    expect(findBottleneck(slow({ ...healthy(), app })).bottleneck).toBe('abuse');
    const db = withDb(slow(healthy()), { busy: 1 });
    const v = findBottleneck({ ...db, scraper: { present: true, rps: 600, dbShare: 0.5 } });
    expect(v).toMatchObject({ bottleneck: 'abuse', fixes: ['limiter'] });
  });

  it('names far-away latency when nothing is saturated but far files are slow', () => {
    const f = { ...healthy(), far: { share: 0.14, filesP50Ms: 162, files: 500 } };
    const v = findBottleneck(f);
    expect(v).toMatchObject({ bottleneck: 'far-latency', fixes: ['cdn'] });
    expect(v.reason).toContain('14%');
  });

  it('reports a dead part as an outage, with no scaling fix', () => {
    const f = {
      ...withDb(healthy(), { alive: false }),
      errorShare: 0.4,
      down: ['primary'],
    };
    expect(findBottleneck(f)).toMatchObject({ bottleneck: 'outage', part: 'primary', fixes: [] });
  });

  it('checks the path in order: the app before the connections before the database', () => {
    const all = withDb(
      {
        ...slow(healthy()),
        errorShare: 0.2,
        app: { servers: 8, busy: 1, cpuShare: 0.9, scraperShare: 0 },
        connections: { ...healthy().connections, refusedServers: 3, refusedShare: 0.39 },
      },
      { busy: 1, writeShare: 0.9 },
    );
    expect(findBottleneck(all).bottleneck).toBe('app-cpu');
    expect(findBottleneck({ ...all, app: { ...all.app, busy: 0.5 } }).bottleneck).toBe(
      'connections',
    );
  });
});

/** Any figures a run could report, including nonsense mixes of them. */
const share = fc.double({ min: 0, max: 1, noNaN: true });
const anyFigures: fc.Arbitrary<GrowthFigures> = fc.record({
  users: fc.integer({ min: 100, max: 100_000 }),
  p50Ms: fc.double({ min: 0, max: 20_000, noNaN: true }),
  p99Ms: fc.double({ min: 0, max: 20_000, noNaN: true }),
  errorShare: share,
  far: fc.record({
    share,
    filesP50Ms: fc.double({ min: 0, max: 1000, noNaN: true }),
    files: fc.integer({ min: 0, max: 10_000 }),
  }),
  app: fc.record({
    servers: fc.integer({ min: 1, max: 250 }),
    busy: share,
    cpuShare: share,
    scraperShare: share,
  }),
  connections: fc.record({
    pooled: fc.boolean(),
    wanted: fc.integer({ min: 0, max: 5000 }),
    limit: fc.constant(100),
    refusedServers: fc.integer({ min: 0, max: 250 }),
    refusedShare: share,
  }),
  db: fc.array(
    fc.record({
      name: fc.constantFrom('primary', 'replica-1', 'shard-2'),
      role: fc.constantFrom('primary' as const, 'replica' as const),
      busy: share,
      writeShare: share,
      alive: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  scraper: fc.record({ present: fc.boolean(), rps: fc.constant(600), dbShare: share }),
  down: fc.array(fc.constantFrom('primary', 'app-1', 'lb'), { maxLength: 3 }),
});

describe('findBottleneck on any figures (property)', () => {
  it('always gives one known verdict, with the fixes the chapter names for it', () => {
    fc.assert(
      fc.property(anyFigures, (f) => {
        const v = findBottleneck(f);
        expect(v.acceptable).toBe(isAcceptable(f));
        expect(v.bottleneck === 'none').toBe(v.acceptable);
        if (v.bottleneck !== 'none') {
          expect(BOTTLENECKS).toContain(v.bottleneck);
          expect(v.fixes).toEqual(FIXES_FOR[v.bottleneck]);
        }
        for (const fix of v.fixes) expect(FIXES).toContain(fix);
        expect(v.reason.length).toBeGreaterThan(20);
        expect(v.reason).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it('never blames a part that is not saturated (the app, or a live database)', () => {
    fc.assert(
      fc.property(anyFigures, (f) => {
        const v = findBottleneck(f);
        if (v.bottleneck === 'app-cpu') expect(f.app.busy).toBeGreaterThanOrEqual(0.85);
        if (v.bottleneck === 'db-reads' || v.bottleneck === 'db-writes')
          expect(f.db.some((d) => d.alive && d.busy >= 0.85)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
