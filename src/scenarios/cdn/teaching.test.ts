import { describe, expect, it } from 'vitest';
import type { TimedCommand } from '../../engine';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('cdn')!;
// Short runs: the answers rest on means over thousands of requests, which 8 s already gives.
const input = (over: Record<string, number | string | boolean> = {}): RunInput => ({
  scenario: 'cdn',
  params: { ...defaults(scenario.params), ...over },
  seed: 1,
  durationS: 8,
  commands: [],
});
const byId = <T extends { id: string }>(xs: readonly T[], id: string) =>
  xs.find((x) => x.id === id)!;

describe('cdn predictions are decided by the runs', () => {
  it("Mumbai's hits take about 10 ms from its own edge, about 50 from Singapore's", () => {
    const p = byId(predictions, 'mumbai-hit');
    const { results, answer } = runPrediction(p, input());
    expect(answer).toBe('ten');
    expect(p.explain(results)).toMatch(/edge-mumbai is 0 km away/);
    // With only three edge sites, Mumbai's nearest is Singapore: the answer follows the runs.
    expect(runPrediction(p, input({ edges: 'few' })).answer).toBe('fifty');
  });

  it('about one request in five reaches the origin at the default hit ratio', () => {
    const p = byId(predictions, 'origin-share');
    expect(runPrediction(p, input()).answer).toBe('fifth');
    expect(runPrediction(p, input({ edgeHitRatio: 0.5 })).answer).toBe('half');
  });

  it('Frankfurt is the best single origin for these users', () => {
    const p = byId(predictions, 'best-origin');
    const { results, answer } = runPrediction(p, input());
    expect(answer).toBe('frankfurt');
    expect(p.explain(results)).toMatch(/Even from Frankfurt, Sydney waits/);
  });
});

describe('cdn exercises detect their goals from results', () => {
  const check = (id: string, over: Record<string, unknown> = {}, commands: TimedCommand[] = []) => {
    const inp = { ...input(over as Record<string, number>), commands };
    return byId(exercises, id).check(runToEnd(inp), inp.params);
  };

  it('under-100: Johannesburg is too far from its edge by default; every-city edges fix it', () => {
    expect(check('under-100')).toBe(false);
    expect(check('under-100', { edges: 'every-city' })).toBe(true);
    expect(check('under-100', { edgeHitRatio: 0.97 })).toBe(true);
  });

  it('origin-down: the edges keep answering hits; without a CDN nothing survives', () => {
    const kill: TimedCommand[] = [{ at: 1000, node: 'origin', action: 'kill' }];
    expect(check('origin-down', {}, kill)).toBe(true);
    expect(check('origin-down', { cdn: false }, kill)).toBe(false);
    // Killed too late, or brought back, does not count.
    expect(check('origin-down', {}, [{ at: 7000, node: 'origin', action: 'kill' }])).toBe(false);
    expect(
      check('origin-down', {}, [...kill, { at: 2000, node: 'origin', action: 'restart' }]),
    ).toBe(false);
  });

  it("mumbai-edge: Mumbai's users move to another edge", () => {
    const kill: TimedCommand[] = [{ at: 2000, node: 'edge-mumbai', action: 'kill' }];
    expect(check('mumbai-edge')).toBe(false);
    expect(check('mumbai-edge', {}, kill)).toBe(true);
    expect(
      check('mumbai-edge', {}, [...kill, { at: 4000, node: 'edge-mumbai', action: 'restore' }]),
    ).toBe(false);
  });

  it('rescue-origin: 1,000 requests/s drown the origin alone but not with the CDN', () => {
    expect(check('rescue-origin', { rps: 1000, cdn: false })).toBe(false);
    expect(check('rescue-origin', { rps: 1000 })).toBe(true);
    expect(check('rescue-origin', { rps: 1000, originWorkers: 200, cdn: false })).toBe(false);
  });
});
