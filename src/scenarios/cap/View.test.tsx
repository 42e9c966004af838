// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { CapView } from './View';

const scenario = getScenario('cap')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 40, partitionAtS: 2, healAtS: 4, ...over },
    seed: 1,
    durationS: 6,
  }));

beforeEach(() => {
  // jsdom has no canvas: the dots are skipped, as in a browser without one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

const map = () => screen.getByRole('img', { name: /^Three restaurants/ });

describe('CapView', () => {
  it('in CP, shows the cut-off city refusing and the cut lines in words', () => {
    make();
    act(() => player.seek(3000));
    render(<CapView player={player} />);
    expect(map().getAttribute('aria-label')).toMatch(/Mumbai: .* cut off: refusing orders/);
    expect(map().getAttribute('aria-label')).toMatch(
      /Mumbai–Delhi cut, Mumbai–Bengaluru cut, Delhi–Bengaluru up/,
    );
    expect(document.querySelectorAll('.cap-line.is-cut')).toHaveLength(2);
    expect(document.querySelector('[data-figure="stale"]')!.textContent).toBe('0');
    expect(
      Number.parseFloat(document.querySelector('[data-figure="availability-split"]')!.textContent!),
    ).toBeLessThan(80);
    expect(screen.getByRole('button', { name: 'Heal Mumbai–Delhi' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'The menu in each restaurant now' })).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /Chole bhature over time .* Lines cut: 2 s to 3 s/ }),
    ).toBeTruthy();
  });

  it('in AP, counts stale reads and lists what last-writer-wins threw away', () => {
    make({ mode: 'ap', writeRatio: 0.3 });
    act(() => player.seek(6000));
    render(<CapView player={player} />);
    expect(Number(document.querySelector('[data-figure="stale"]')!.textContent)).toBeGreaterThan(0);
    expect(document.querySelector('[data-figure="availability"]')!.textContent).toBe('100.0%');
    const lost = screen.getByRole('region', { name: 'Prices thrown away by last-writer-wins' });
    expect(lost.textContent).toMatch(/lost to .*’s ₹\d+/);
  });

  it('cuts a line at the playhead with a button, and offers to undo it', async () => {
    make({ partition: 'none' });
    const user = userEvent.setup({ delay: null });
    act(() => player.seek(1000));
    render(<CapView player={player} />);
    await user.click(screen.getByRole('button', { name: 'Cut Delhi–Bengaluru' }));
    expect(player.store.getState().commands).toEqual([
      { at: 1000, node: 'link-delhi-bengaluru', action: 'kill' },
    ]);
    await act(async () => player.seek(2000));
    expect(screen.getByRole('button', { name: 'Heal Delhi–Bengaluru' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Undo my cuts and heals \(1\)/ })).toBeTruthy();
  });

  it('compact: map, figures and timeline, no controls', () => {
    make();
    render(<CapView player={player} compact />);
    expect(map()).toBeTruthy();
    expect(document.querySelector('.cap-figures')).toBeTruthy();
    expect(document.querySelector('.cap-timeline')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Cut / })).toBeNull();
    expect(document.querySelector('.cap-charts')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
