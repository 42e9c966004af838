import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DESIGNS } from '../../canvas/design/samples';
import type { LoadTestResult } from '../../canvas/design/contract';
import type { Design } from '../../canvas/design/types';
import { CHALLENGES } from '../../canvas/loadtest/challenges';
import { loadTest } from '../../canvas/loadtest/loadTest';
import { resolveParams } from '../params';
import { runToEnd } from '../run';
import { urlShortener } from './scenario';

/** The exercise's load (10,000 redirects/s, 100 creates/s, 100M links) for two seconds. */
const atLoad = (d: Design): Design => ({ ...d, workload: { ...d.workload, durationS: 2 } });
const verdicts = (r: LoadTestResult, d: Design) =>
  Object.fromEntries(CHALLENGES.map((c) => [c.id, c.check(r, d).passed]));

const designs = {
  naive: atLoad(SAMPLE_DESIGNS.naive),
  cached: atLoad(SAMPLE_DESIGNS.cached),
  scaled: atLoad(SAMPLE_DESIGNS.scaled),
  scaledCp: atLoad(CHALLENGES.find((c) => c.id === 'fresh-links')!.reference),
  lean: atLoad(CHALLENGES.find((c) => c.id === 'budget')!.reference),
};
const results = {} as Record<keyof typeof designs, LoadTestResult>;

beforeAll(() => {
  for (const [k, d] of Object.entries(designs))
    results[k as keyof typeof designs] = loadTest(d, { seed: 3 });
}, 120_000);

describe('the exercise, on seeded runs at 10,000 redirects a second', () => {
  it('naive: fails, and names the app server as the bottleneck with a fix', () => {
    const r = results.naive;
    expect(r.errorRate).toBeGreaterThan(0.3);
    expect(r.bottleneck).toMatchObject({ partId: 'app' });
    expect(r.bottleneck!.reason).toMatch(/capacity/);
    expect(verdicts(r, designs.naive)).toEqual({
      'ten-thousand': false,
      'lose-a-server': false,
      'fresh-links': false,
      budget: false,
    });
  });

  it('cached: meets the main goal cheaply, but losing a server without a balancer hurts', () => {
    const r = results.cached;
    expect(r.redirects.p99Ms).toBeLessThan(50);
    expect(r.appLoss!.redirects.errorRate).toBeGreaterThan(0.2);
    expect(verdicts(r, designs.cached)).toMatchObject({
      'ten-thousand': true,
      'lose-a-server': false,
    });
  });

  it('scaled: passes the main goal and survives losing an app server', () => {
    const r = results.scaled;
    expect(r.redirects.p99Ms).toBeLessThan(50);
    expect(r.errorRate).toBeLessThan(0.001);
    expect(r.appLoss!.redirects.errorRate).toBeLessThan(0.001);
    expect(verdicts(r, designs.scaled)).toMatchObject({
      'ten-thousand': true,
      'lose-a-server': true,
    });
  });

  it('AP: first clicks on new links can 404 while replicas lag; CP (read new links from the primary) ends it', () => {
    expect(results.scaled.notFoundYet).toBeGreaterThan(5);
    expect(verdicts(results.scaled, designs.scaled)['fresh-links']).toBe(false);
    expect(results.scaledCp.notFoundYet).toBe(0);
    expect(verdicts(results.scaledCp, designs.scaledCp)['fresh-links']).toBe(true);
  });

  it('the edge and replicas cost money: the scaled design is over budget, the lean reference is not', () => {
    expect(results.scaled.monthlyCost.totalUsd).toBeGreaterThan(1000);
    expect(verdicts(results.lean, designs.lean)).toMatchObject({
      budget: true,
      'ten-thousand': true,
    });
  });

  it('every challenge reference passes its own challenge', () => {
    for (const c of CHALLENGES) {
      const d = atLoad(c.reference);
      const known = Object.entries(designs).find(
        ([, x]) => JSON.stringify(x) === JSON.stringify(d),
      );
      const r = known ? results[known[0] as keyof typeof designs] : loadTest(d, { seed: 3 });
      expect(c.check(r, d), c.id).toMatchObject({ passed: true });
    }
  });
});

describe('the url-shortener scenario (CLI)', () => {
  it('runs a sample by name and adds the design figures to --json', () => {
    const { params } = resolveParams(urlShortener.params, {
      design: 'naive',
      redirectsPerSec: '6000',
    });
    const r = runToEnd({ scenario: 'url-shortener', params, seed: 1, durationS: 1, commands: [] });
    expect(r.bottleneck).toMatchObject({ node: 'app' });
    expect(r).toHaveProperty('utilization.db');
    expect(r).toHaveProperty('notFoundYet', 0);
    expect(r).toHaveProperty('collisions');
    expect(r).toHaveProperty('monthlyCost.totalUsd');
  });

  it('warns about odd combinations', () => {
    const { params } = resolveParams(urlShortener.params, {
      design: 'naive',
      readNewLinksFromPrimary: 'true',
      createsPerSec: '0',
    });
    expect(urlShortener.notices!(params).join(' ')).toMatch(/replicas.*\n?.*|no new links/);
    expect(urlShortener.notices!(params)).toHaveLength(2);
  });
});
