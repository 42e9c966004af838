// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { ShardingView } from './View';

const scenario = getScenario('sharding')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 900, addShardAtS: 3, ...over },
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

const state = (name: string) =>
  document.querySelector(`[data-shard="${name}"]`)?.getAttribute('data-state');

describe('ShardingView', () => {
  it('draws the router, the shards and the key map, following the playhead', () => {
    make();
    // Compact: the same pictures without the charts, which jsdom draws slowly.
    render(<ShardingView player={player} compact />);
    act(() => player.seek(1000));
    expect(screen.getByLabelText(/router sends each request.*shard 5 not yet added/)).toBeTruthy();
    expect(state('shard-5')).toBe('joins at 3 s');
    expect(screen.getByText(/80% of all 100,000 users change shard\.$/)).toBeTruthy();
    act(() => player.seek(5900));
    expect(state('shard-5')).toBe('ok');
    expect(screen.getByLabelText(/[1-9]\d* have moved/)).toBeTruthy();
    expect(screen.getByText(/copied so far/)).toBeTruthy();
    expect(screen.getByLabelText('Last cross-shard query')).toBeTruthy();
  });

  it('slows the chosen shard at the playhead and says so under it', () => {
    make({ addShardAtS: 0 });
    render(<ShardingView player={player} />);
    act(() => player.seek(2000));
    fireEvent.change(screen.getByLabelText('Shard to break or fix'), { target: { value: '2' } });
    act(() => screen.getByText('Slow 4×').click());
    expect(player.store.getState().commands).toEqual([
      { at: 2000, node: 'shard-2', action: 'slow', factor: 4 },
    ]);
    act(() => player.seek(2500));
    expect(state('shard-2')).toMatch(/SLOW 4×|FULL/);
    expect(state('shard-1')).toBe('ok');
  });

  it('compact keeps the pictures and drops the controls and charts', () => {
    make();
    render(<ShardingView player={player} compact />);
    expect(screen.getByLabelText(/router sends each request/)).toBeTruthy();
    expect(screen.queryByLabelText('Shard to break or fix')).toBeNull();
    expect(screen.queryByText('Writes and reads answered')).toBeNull();
  });
});
