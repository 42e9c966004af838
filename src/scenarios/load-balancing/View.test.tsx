// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { LoadBalancingView } from './View';

const scenario = getScenario('load-balancing')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), ...over },
    seed: 1,
    durationS: 6,
  }));

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

const row = (name: string) => document.querySelector(`tr[data-server="${name}"]`) as HTMLElement;

describe('LoadBalancingView', () => {
  it('shows each server’s share against its weight as the run goes', () => {
    make({ strategy: 'weighted', servers: 2, weights: [4, 1] });
    render(<LoadBalancingView player={player} />);
    act(() => player.seek(5000));
    expect(within(row('server-1')).getByText('80.0%', { selector: '[data-share]' })).toBeTruthy();
    expect(within(row('server-1')).getAllByText(/80\.0%/)).toHaveLength(2);
    expect(within(row('server-2')).getByText('20.0%', { selector: '[data-share]' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /weighted load balancer/ })).toBeTruthy();
  });

  it('breaks the chosen server at the playhead, and shows the health-check window', () => {
    make({ healthCheckMs: 2000 });
    render(<LoadBalancingView player={player} />);
    act(() => player.seek(2500));
    fireEvent.change(screen.getByLabelText('Server to break or fix'), { target: { value: '3' } });
    act(() => {
      screen.getByRole('button', { name: 'Kill' }).click();
    });
    expect(player.store.getState().commands).toEqual([
      { at: 2500, node: 'server-3', action: 'kill' },
    ]);
    act(() => player.seek(3500));
    expect(within(row('server-3')).getByText(/Down, still sent requests/)).toBeTruthy();
    act(() => player.seek(4500));
    expect(within(row('server-3')).getByText(/Down, out of rotation/)).toBeTruthy();
    expect(within(row('server-1')).getByText('Up')).toBeTruthy();
  });

  it('compact (embeds, compare mode) keeps the picture and the shares, drops controls and charts', () => {
    make();
    render(<LoadBalancingView player={player} compact />);
    expect(screen.queryByLabelText('Server to break or fix')).toBeNull();
    expect(screen.queryByText(/what the balancer believes/)).toBeNull();
    expect(screen.getByRole('table', { name: /Share of requests/ })).toBeTruthy();
  });
});
