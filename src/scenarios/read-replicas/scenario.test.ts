import { describe, expect, it } from 'vitest';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunResult } from '../run';
import { nodeReadCapacity } from './model';

const scenario = getScenario('read-replicas')!;

const run = (over: Params = {}, durationS = 10, seed = 1): RunResult =>
  runToEnd({
    scenario: 'read-replicas',
    params: { ...defaults(scenario.params), ...over },
    seed,
    durationS,
    commands: [],
  });

/** Reads per second the replicas answered (the primary left out). */
const replicaReadsPerS = (r: RunResult) =>
  r.nodes.filter((n) => n.id.startsWith('replica-')).reduce((s, n) => s + n.served, 0) /
  r.simulatedSeconds;
const replicaUtil = (r: RunResult) => {
  const reps = r.nodes.filter((n) => n.id.startsWith('replica-'));
  return reps.reduce((s, n) => s + n.utilization, 0) / reps.length;
};
const writeP50 = (r: RunResult) => (r.writeLatencyMs as { p50: number }).p50;

describe('read-replicas: reads scale with copies', () => {
  it('five replicas answer about five times the reads one can, flat out', () => {
    // Far more reads than either can take, so each answers as many as it possibly can.
    const flatOut = { rps: 3000, writeRatio: 0.05 };
    const one = replicaReadsPerS(run({ ...flatOut, replicas: 1 }, 4));
    const five = replicaReadsPerS(run({ ...flatOut, replicas: 5 }, 4));
    expect(one).toBeGreaterThan(0.9 * nodeReadCapacity);
    expect(one).toBeLessThan(1.05 * nodeReadCapacity);
    expect(five / one).toBeGreaterThan(4.5);
    expect(five / one).toBeLessThan(5.5);
  });

  it('at a fixed load each of five replicas is about a fifth as busy as one alone', () => {
    const one = replicaUtil(run({ rps: 300, replicas: 1 }, 6));
    const five = replicaUtil(run({ rps: 300, replicas: 5 }, 6));
    expect(one).toBeGreaterThan(0.6);
    expect(one / five).toBeGreaterThan(4.2);
    expect(one / five).toBeLessThan(5.8);
  });
});

describe('read-replicas: lag, and the two remedies', () => {
  const async = run();
  const ryw = run({ readYourWrites: true });
  const sync = run({ replication: 'sync' });

  it('async replication: users see old balances, including right after their own transfer', () => {
    expect(async.staleReads as number).toBeGreaterThan(500);
    expect(async.readYourWritesViolations as number).toBeGreaterThan(200);
    // Most balance checks right after a transfer land on a replica that has not got it yet.
    const checks = async.balanceChecks as number;
    expect((async.balanceChecksMissingTransfer as number) / checks).toBeGreaterThan(0.5);
  });

  it('read-your-writes ends the violations, but others still read stale balances', () => {
    expect(ryw.readYourWritesViolations).toBe(0);
    expect(ryw.staleReads as number).toBeGreaterThan(100);
    expect(ryw.staleReads as number).toBeLessThan(async.staleReads as number);
    // The price: reads the primary now answers.
    expect(ryw.readsPinnedToPrimary as number).toBeGreaterThan(async.writes as number);
  });

  it('sync replication ends stale reads, and every write waits for the slowest replica', () => {
    expect([sync.staleReads, sync.readYourWritesViolations]).toEqual([0, 0]);
    const lagMs = defaults(scenario.params).lagMs as number;
    expect(writeP50(sync) - writeP50(async)).toBeGreaterThan(lagMs);
    expect(writeP50(sync) / writeP50(async)).toBeGreaterThan(5);
    // Reads do not pay for it.
    const readP99 = (r: RunResult) => (r.readLatencyMs as { p99: number }).p99;
    expect(readP99(sync)).toBeLessThan(1.2 * readP99(async));
  });

  it('the longer the lag, the more stale reads', () => {
    const short = run({ lagMs: 20 }, 6);
    const long = run({ lagMs: 1000 }, 6);
    expect((long.staleReads as number) / Math.max(1, short.staleReads as number)).toBeGreaterThan(
      3,
    );
  });
});

describe('read-replicas: failover', () => {
  const crash = (replication: string, seed: number) =>
    run({ crashAtS: 4, failoverMs: 2000, replication }, 10, seed);

  it('after the primary crashes the most caught-up replica takes over and writes resume', () => {
    const r = crash('async', 1);
    const f = r.failovers as Array<{ atS: number; from: string; to: string }>;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ atS: 6, from: 'primary' });
    expect(r.primaryAtEnd).toBe(f[0]!.to);
    // Writes fail while nobody is primary, then succeed again on the new one.
    expect(r.writesFailed as number).toBeGreaterThan(50);
    const newPrimary = r.nodes.find((n) => n.id === f[0]!.to)!;
    expect(newPrimary.served).toBeGreaterThan(0);
  });

  it('async loses confirmed transfers the new primary never received; sync loses none', () => {
    for (const seed of [1, 2, 3]) {
      expect(crash('async', seed).lostWrites as number).toBeGreaterThan(0);
      expect(crash('sync', seed).lostWrites).toBe(0);
    }
  });
});

describe('read-replicas: results and notices', () => {
  it('puts its own figures in the results, the same for the same seed', () => {
    const a = run({}, 3);
    for (const key of [
      'staleReads',
      'readYourWritesViolations',
      'lostWrites',
      'writeLatencyMs',
      'readLatencyMs',
      'replicationLagMs',
      'readsByNode',
      'failovers',
    ])
      expect(a).toHaveProperty(key);
    expect(a.nodes.map((n) => n.id)).toEqual([
      'router',
      'primary',
      'replica-1',
      'replica-2',
      'replica-3',
    ]);
    expect(JSON.stringify(run({}, 3))).toBe(JSON.stringify(a));
  });

  it('explains odd combinations', () => {
    const notices = (over: Params) => scenario.notices!({ ...defaults(scenario.params), ...over });
    expect(notices({})).toEqual([]);
    expect(notices({ replicas: 0 })[0]).toMatch(/No replicas/);
    expect(notices({ readYourWrites: true, pinMs: 100 })[0]).toMatch(/Pin time/);
    expect(notices({ readYourWrites: true, replication: 'sync' })[0]).toMatch(/sync/);
  });
});
