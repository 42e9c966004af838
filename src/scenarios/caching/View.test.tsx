// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { readCache } from './reading';
import { CachingView } from './View';

const scenario = getScenario('caching')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 400, ...over },
    seed: 1,
    durationS: 5,
  }));

beforeEach(() => {
  // jsdom has no canvas; the moving dots are simply not drawn.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

describe('readCache', () => {
  it('is null before there is a run, and reads the gauges at the playhead', () => {
    expect(readCache(null, 0)).toBeNull();
    make();
    const data = player.store.getState().data!;
    const at0 = readCache(data, 0)!;
    expect([at0.hits, at0.misses, at0.entries]).toEqual([0, 0, 0]);
    expect(at0.recentHitRatio).toBeNaN();
    const at5 = readCache(data, 4500)!;
    // Over the last second about 400 requests, 98% of them reads, each a hit or a miss.
    const last = readCache(data, 3500)!;
    expect(at5.hits + at5.misses - (last.hits + last.misses)).toBeGreaterThan(300);
    expect(at5.recentHitRatio).toBeGreaterThan(0.3);
    expect(at5.recentHitRatio).toBeLessThan(1);
    expect(at5.recentDbReadsPerSec).toBeCloseTo(at5.dbReads - last.dbReads, 6);
    expect(at5.entries).toBeGreaterThan(0);
  });
});

describe('CachingView', () => {
  it('draws the four parts with a label, the readout and, in full, the controls', () => {
    make();
    act(() => player.seek(4500));
    render(<CachingView player={player} />);
    const svg = screen.getByRole('img', { name: /Reads ask a cache of 1,000 entries/ });
    expect(svg.querySelectorAll('.glyph')).toHaveLength(4);
    expect(svg.textContent).toContain('Database');
    const r = readCache(player.store.getState().data, 4500)!;
    expect(screen.getByText(`${Math.round(r.recentHitRatio * 100)}%`)).toBeTruthy();
    expect(screen.getByRole('radio', { name: /TTL/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('group', { name: 'Break or fix the Cache' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Break or fix the Database' })).toBeTruthy();
  });

  it('the policy switch changes the parameter; the cache is shown off with policy none', () => {
    make();
    render(<CachingView player={player} />);
    act(() => screen.getByRole('radio', { name: /No cache/ }).click());
    expect(player.store.getState().params.policy).toBe('none');
    expect(screen.getByRole('img', { name: /policy none: there is no cache/ })).toBeTruthy();
    expect(screen.getByText('no cache')).toBeTruthy();
  });

  it('compact hides the controls but keeps the picture and the warm-up chart', () => {
    make();
    render(<CachingView player={player} compact />);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('group', { name: /Break or fix/ })).toBeNull();
    expect(screen.getByText('Hit ratio, second by second')).toBeTruthy();
    expect(screen.queryByText('Where reads were answered')).toBeNull();
  });
});
