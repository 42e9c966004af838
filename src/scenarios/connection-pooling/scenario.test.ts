import { describe, expect, it } from 'vitest';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { RunSession, runToEnd, type RunInput, type RunResult } from '../run';
import { errorShare } from '../teaching';
import { G } from './scenario';

const scenario = getScenario('connection-pooling')!;
const input = (over: Params = {}, durationS = 10): RunInput => ({
  scenario: scenario.id,
  params: { ...defaults(scenario.params), ...over },
  seed: 7,
  durationS,
  commands: [],
});
const run = (over: Params = {}) => runToEnd(input(over));

interface Wait {
  mean: number;
  p95: number;
  p99: number;
}
const wait = (r: RunResult) => r.connectionWaitMs as Wait;
const dbQuery = (r: RunResult) => r.dbQueryMs as Wait;

describe('connection-pooling: a pool removes the connect cost from each request', () => {
  const on = run();
  const off = run({ pool: 'off' });

  it('mean latency drops by about the connect time, 30-40% of the whole', () => {
    const saved = off.latencyMs.mean - on.latencyMs.mean;
    expect(saved).toBeGreaterThan(0.85 * 35);
    expect(saved).toBeLessThan(1.15 * 35);
    const share = saved / off.latencyMs.mean;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.4);
    expect(errorShare(on) + errorShare(off)).toBe(0);
  });

  it('with the pool a request almost never waits; without it every request pays a connect', () => {
    expect(wait(on).mean).toBeLessThan(1);
    expect(wait(off).mean).toBeGreaterThan(33);
    expect(wait(off).mean).toBeLessThan(37);
    expect(on.connectionsOpened).toBeLessThanOrEqual(20);
    expect(off.connectionsOpened).toBeGreaterThanOrEqual(off.requests.completed);
  });

  it('connections are opened at the start with a pool, and all the time without', () => {
    const connectsAfterWarmUp = (over: Params) => {
      const s = new RunSession(input(over), {
        frameMs: 1000,
        traceCapacity: 0,
        tracedPerSecond: 0,
      });
      s.advance(s.durationMs);
      const g = s.model.gauges!.findIndex((x) => x.name === G.connects);
      const at = (i: number) => s.frames[i]!.gauges[g]!;
      return at(s.frames.length - 1) - at(2);
    };
    expect(connectsAfterWarmUp({})).toBe(0);
    expect(connectsAfterWarmUp({ pool: 'off' })).toBeGreaterThan(7000);
  });
});

describe('connection-pooling: too small a pool makes requests queue', () => {
  const enough = run();
  const tight = run({ poolSize: 12 });
  const tiny = run({ poolSize: 8 });

  it('a pool just above the busy connections: waits and p99 grow, nobody fails yet', () => {
    expect(wait(tight).p95).toBeGreaterThan(5 * Math.max(1, wait(enough).p95));
    expect(tight.latencyMs.p99).toBeGreaterThan(enough.latencyMs.p99);
    expect(errorShare(tight)).toBe(0);
  });

  it('a pool below them: the line grows until the wait timeout turns it into errors', () => {
    expect(tiny.connectionWaitTimeouts).toBeGreaterThan(0);
    expect(errorShare(tiny)).toBeGreaterThan(0.1);
    expect(wait(tiny).p99).toBeGreaterThan(900);
    expect(tiny.latencyMs.p99).toBeGreaterThan(10 * enough.latencyMs.p99);
  });
});

describe('connection-pooling: too many connections overwhelm the database', () => {
  // At 1,300 requests/s the database's 16 cores are about 80% busy.
  const small = run({ rps: 1300 });
  const midsize = run({ rps: 1300, poolSize: 90 });
  const huge = run({ rps: 1300, poolSize: 200 });
  const none = run({ rps: 1300, pool: 'off' });

  it('a pool of 20 keeps the database at its cores and everyone served', () => {
    expect(errorShare(small)).toBe(0);
    expect(small.peakActiveQueries).toBeLessThanOrEqual(20);
    expect(dbQuery(small).mean).toBeLessThan(1.3 * 10);
  });

  it('90 connections, under the limit: no refusals, but queries crawl and throughput falls', () => {
    expect(midsize.connectionsRefused).toBe(0);
    expect(dbQuery(midsize).mean).toBeGreaterThan(5 * dbQuery(small).mean);
    expect(midsize.throughputRps).toBeLessThan(0.85 * small.throughputRps);
    expect(midsize.latencyMs.p99).toBeGreaterThan(5 * small.latencyMs.p99);
  });

  it('200 connections, past the limit of 100: refusals on top of the slowdown', () => {
    expect(huge.peakDbConnections).toBe(100);
    expect(huge.connectionsRefused).toBeGreaterThan(1000);
    expect(errorShare(huge)).toBeGreaterThan(0.3);
    expect(huge.throughputRps).toBeLessThan(0.6 * small.throughputRps);
  });

  it('no pool at all is the same flood: a connection per request, refused past 100', () => {
    expect(none.peakDbConnections).toBe(100);
    expect(none.connectionsRefused).toBeGreaterThan(1000);
    expect(errorShare(none)).toBeGreaterThan(0.3);
  });
});

describe('connection-pooling: odd settings are explained', () => {
  const notices = (over: Params) => scenario.notices!(input(over).params);

  it('says nothing about the defaults', () => {
    expect(notices({})).toEqual([]);
  });

  it('names what is ignored without a pool, a pool past the limit, and an overloaded database', () => {
    expect(notices({ pool: 'off' })[0]).toMatch(/Pool size and Pool wait timeout do nothing/);
    expect(notices({ poolSize: 200 })[0]).toMatch(
      /200 connections but the database takes only 100/,
    );
    expect(notices({ rps: 2000 })[0]).toMatch(
      /about 20 cores of work at once, more than the database's 16/,
    );
  });
});
