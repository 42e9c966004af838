import { describe, expect, it } from 'vitest';
import { defaults } from '../params';
import { RunSession, INTERACTIVE, runToEnd } from '../run';
import { cities, cityAvailability, type CityResult } from './results';
import { input, num, run, scenario } from './testRuns';

const calm = { regionDownAtS: 0 };
const city = (r: ReturnType<typeof run>, id: string): CityResult =>
  cities(r).find((c) => c.city === id)!;

describe('chaos: the monkey alone, and the habits that hide it', () => {
  it('with retries, a kill a minute costs less than a third of the error budget', () => {
    const r = run(calm);
    expect(num(r, 'availability')).toBeGreaterThanOrEqual(0.999);
    expect(num(r, 'errorBudgetUsed')).toBeLessThan(1);
    expect((r.monkey as { kills: number }).kills).toBeGreaterThanOrEqual(6);
    expect(r.recoverySeconds).toBeNull(); // no region went down
  });

  it('without retries, the same kills cost a nine', () => {
    const r = run({ ...calm, retries: 0 });
    expect(num(r, 'nines')).toBeLessThan(3);
    expect(num(r, 'errorBudgetUsed')).toBeGreaterThan(1);
    expect(num(r, 'availability')).toBeLessThan(num(run(calm), 'availability'));
  });

  it('without balancer health checks, a dead instance keeps its share until it is replaced', () => {
    const checked = run({ ...calm, retries: 0 });
    const blind = run({ ...calm, retries: 0, healthCheckS: 0 });
    expect(num(blind, 'availability')).toBeLessThan(num(checked, 'availability') - 0.02);
  });

  it('without redundancy (one instance a region), every kill is a regional outage', () => {
    const one = run({ ...calm, retries: 0, instances: 1 });
    expect(num(one, 'availability')).toBeLessThan(0.9);
  });

  it('with the monkey caged and no outage, nothing fails', () => {
    const r = run({ ...calm, killEveryS: 0 });
    expect(num(r, 'availability')).toBe(1);
    expect(r.ninesInWords).toBe('no errors at all');
  });
});

describe('chaos: a region goes dark', () => {
  const on = run();
  const off = run({ failover: false });

  it('failover moves New York to Frankfurt, and errors stop within minutes', () => {
    const ny = city(on, 'new-york');
    expect(ny.sentTo.frankfurt).toBeGreaterThan(1000);
    expect(ny.sentTo.mumbai).toBe(0);
    const s = num(on, 'recoverySeconds');
    // Detection (60 s of failed probes) and most of the 120 s TTL must pass first.
    expect(s).toBeGreaterThan(60);
    expect(s).toBeLessThan(240);
    expect(num(on, 'availability')).toBeGreaterThan(num(off, 'availability') + 0.05);
  });

  it('without failover New York stays broken for the rest of the run', () => {
    expect(off.recoverySeconds).toBeNull();
    expect(city(off, 'new-york').sentTo.frankfurt).toBe(0);
    expect(cityAvailability(off, 'new-york')).toBeLessThan(0.75);
    // Other cities never notice.
    expect(cityAvailability(off, 'london')).toBeGreaterThan(0.998);
  });

  it('a shorter detection and TTL recover sooner', () => {
    const quick = run({ detectS: 10, dnsTtlS: 30 });
    expect(num(quick, 'recoverySeconds')).toBeLessThan(60);
    expect(num(quick, 'availability')).toBeGreaterThan(num(on, 'availability'));
  });
});

describe('chaos: layered caches answer while the backend is dark', () => {
  it('device, CDN and app caches keep about half of New York answered with no region', () => {
    const cached = run({ failover: false, regionDownAtS: 1 });
    const bare = run({ failover: false, regionDownAtS: 1, caches: [] });
    expect(cityAvailability(cached, 'new-york')).toBeGreaterThan(0.4);
    expect(cityAvailability(bare, 'new-york')).toBeLessThan(0.01);
    const by = cached.answeredBy as Record<string, number>;
    expect(by.device).toBeGreaterThan(3000);
    expect(by.cdn).toBeGreaterThan(4000);
  });
});

describe('chaos: retries with a short timeout make an overload worse', () => {
  it('after failover without caches, 2 retries at 1 s lose more than no retries', () => {
    const none = run({ caches: [], retries: 0 });
    const storm = run({ caches: [], retries: 2, timeoutMs: 1000 });
    expect(num(storm, 'availability')).toBeLessThan(num(none, 'availability') - 0.05);
    expect(num(storm, 'lateAnswers')).toBeGreaterThan(1000);
  });

  it('a timeout longer than the slow answers lets the same retries help', () => {
    const none = run({ caches: [], retries: 0 });
    const patient = run({ caches: [], retries: 2, timeoutMs: 5000 });
    expect(num(patient, 'availability')).toBeGreaterThan(num(none, 'availability'));
  });
});

describe('chaos: runs, figures and notices', () => {
  it('is deterministic per seed and differs with another', () => {
    const short = input(calm, [], 120);
    expect(runToEnd(short)).toEqual(runToEnd(short));
    expect(runToEnd({ ...short, seed: 2 }).availability).not.toEqual(runToEnd(short).availability);
  });

  it('adds availability, the error budget and recovery to --json', () => {
    const r = run();
    for (const k of ['availability', 'errorBudgetUsed', 'recoverySeconds', 'nines', 'monkey'])
      expect(r).toHaveProperty(k);
    expect(r.slo).toBe(0.999);
    const b = r.errorBudget as { allowedErrors: number; errors: number };
    expect(num(r, 'errorBudgetUsed')).toBeCloseTo(b.errors / b.allowedErrors, 2);
  });

  it('a region-down command is the same as the scripted outage', () => {
    const scripted = run({ regionDownAtS: 60 }, [], 200);
    const byHand = run(
      { regionDownAtS: 0 },
      [{ at: 60_000, node: 'region-virginia', action: 'kill' }],
      200,
    );
    expect(byHand.availability).toBe(scripted.availability);
  });

  it('records gauges that burn the budget down and move traffic', () => {
    const s = new RunSession(
      input({ detectS: 10, dnsTtlS: 20, regionDownAtS: 30 }, [], 120),
      INTERACTIVE,
    );
    s.advance(120_000);
    const names = s.model.gauges!.map((g) => g.name);
    const at = (t: number, name: string) => s.frames[t / 100]!.gauges[names.indexOf(name)]!;
    expect(at(20_000, 'budgetLeftPct')).toBeGreaterThan(at(110_000, 'budgetLeftPct'));
    expect(at(20_000, 'dnsTo-new-york')).toBe(0);
    expect(at(110_000, 'dnsTo-new-york')).toBe(1);
    expect(at(110_000, 'regionUp-virginia')).toBe(0);
  });

  it('warns about settings that change nothing or overload a region', () => {
    const p = defaults(scenario.params);
    expect(scenario.notices!(p)).toEqual([]);
    expect(scenario.notices!({ ...p, regions: 1 }).join(' ')).toMatch(/nowhere to send/);
    expect(scenario.notices!({ ...p, failover: false }).join(' ')).toMatch(/Failover is off/);
    expect(scenario.notices!({ ...p, caches: [], rps: 200 }).join(' ')).toMatch(/lines grow/);
  });
});
