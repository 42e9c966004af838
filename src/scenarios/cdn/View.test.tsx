// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { CdnView } from './View';

const scenario = getScenario('cdn')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 200, ...over },
    seed: 1,
    durationS: 2,
  }));

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

describe('CdnView', () => {
  it('draws every city, edge and the origin, with a table row per city', () => {
    make();
    const { container } = render(<CdnView player={player} />);
    expect(
      screen.getByRole('img', { name: /origin in Virginia, edge servers in New York/ }),
    ).toBeTruthy();
    expect(container.querySelectorAll('.cdn-map .cdn-city')).toHaveLength(12);
    expect(container.querySelectorAll('.cdn-map .cdn-edge')).toHaveLength(8);
    const row = container.querySelector('tr[data-city="chennai"]') as HTMLElement;
    expect(within(row).getByText('Mumbai edge')).toBeTruthy();
    expect(within(row).getByText('1,033 km')).toBeTruthy();
  });

  it('kills the chosen part at the playhead and shows it down', () => {
    make();
    const { container } = render(<CdnView player={player} />);
    fireEvent.change(screen.getByLabelText('Break a server'), {
      target: { value: 'edge-mumbai' },
    });
    act(() => player.seek(1000));
    fireEvent.click(screen.getByRole('button', { name: 'Kill' }));
    expect(player.store.getState().commands).toEqual([
      { at: 1000, node: 'edge-mumbai', action: 'kill' },
    ]);
    act(() => player.seek(2000));
    expect(container.querySelectorAll('.cdn-map .cdn-edge.is-down')).toHaveLength(1);
    const row = container.querySelector('tr[data-city="mumbai"]') as HTMLElement;
    expect(within(row).getByText('Singapore edge')).toBeTruthy();
  });

  it('compact hides the controls, the table and the chart; CDN off drops the edges', () => {
    make({ cdn: false });
    const { container } = render(<CdnView player={player} compact />);
    expect(screen.queryByLabelText('Break a server')).toBeNull();
    expect(container.querySelector('.cdn-table')).toBeNull();
    expect(container.querySelectorAll('.cdn-map .cdn-edge')).toHaveLength(0);
    expect(screen.getByRole('img', { name: /no CDN/ })).toBeTruthy();
  });

  it('slow motion toggles the speed between 0.1x and 1x', () => {
    make();
    render(<CdnView player={player} />);
    const b = screen.getByRole('button', { name: 'Slow motion (0.1×)' });
    fireEvent.click(b);
    expect(player.store.getState().speed).toBe(0.1);
    fireEvent.click(b);
    expect(player.store.getState().speed).toBe(1);
  });
});
