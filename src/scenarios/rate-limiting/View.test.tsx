// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { RateLimitingView } from './View';
import { scenario } from './testRuns';

let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), attackStartS: 6, burstSize: 20, ...over },
    seed: 1,
    durationS: 8,
  }));

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

const cell = (role: string, column: string) =>
  document.querySelector(`tr[data-role="${role}"] td[data-cell="${column}"]`)!.textContent;

describe('RateLimitingView', () => {
  it('counts per client and shows the burst straddling the window boundary', () => {
    make();
    render(<RateLimitingView player={player} />);
    act(() => player.seek(7500));
    expect(cell('bursty', 'passed')).toBe('20');
    expect(cell('bursty', 'limited')).toBe('0');
    expect(Number(cell('attacker', 'limited')!.replace(/\D/g, ''))).toBeGreaterThan(1000);
    expect(screen.getByTestId('burst-summary').textContent).toMatch(
      /20 sent, 20 let through, 0 turned away\. Most let through within one 1 s window: 20/,
    );
    expect(
      screen.getByRole('img', { name: /rate limiter \(fixed window, 10 per 1 s/ }),
    ).toBeTruthy();
    expect(screen.getByText('a fixed window starts counting again')).toBeTruthy();
  });

  it('slows the server at the playhead', () => {
    make();
    render(<RateLimitingView player={player} />);
    act(() => player.seek(3000));
    const actions = screen.getByRole('group', { name: 'Break or fix the Server' });
    act(() => within(actions).getByRole('button', { name: 'Slow 4×' }).click());
    expect(player.store.getState().commands).toEqual([
      { at: 3000, node: 'server', action: 'slow', factor: 4 },
    ]);
  });

  it('compact keeps the picture, the counts and the timeline, and drops controls and charts', () => {
    make({ algorithm: 'leaky-bucket' });
    render(<RateLimitingView player={player} compact />);
    act(() => player.seek(5050));
    expect(screen.queryByRole('button', { name: 'Kill' })).toBeNull();
    expect(screen.queryByText('Let through to the server')).toBeNull();
    expect(screen.getByTestId('burst-summary').textContent).toMatch(/waiting in the bucket/);
    expect(screen.getByRole('table', { name: /What the limiter did/ })).toBeTruthy();
  });
});
