// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { liveNodeState } from '../diagram/liveNode';
import { NodeActions } from './NodeActions';

const scenario = getScenario('single-server')!;
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 10 });
});
afterEach(() => {
  cleanup();
  player.dispose();
});

const state = () => player.store.getState();
const serverAlive = () => {
  const s = state();
  return liveNodeState(s.data?.layout, s.data?.frameAt(s.t), 'server')!.alive;
};
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('NodeActions', () => {
  it('is a labelled group of actions for one part', () => {
    render(<NodeActions player={player} node="server" label="App server" />);
    expect(screen.getByRole('group', { name: 'Break or fix the App server' })).toBeTruthy();
    expect(button('Kill')).toBeTruthy();
    expect(button('Slow 4×').disabled).toBe(false);
    expect(screen.queryByRole('button', { name: /Undo all/ })).toBeNull();
  });

  it('kills the part at the playhead, and offers Restart once it is down', async () => {
    const user = userEvent.setup({ delay: null });
    render(<NodeActions player={player} node="server" label="App server" />);
    act(() => player.seek(3000));
    expect(serverAlive()).toBe(true);
    await user.click(button('Kill'));
    expect(state().commands).toEqual([{ at: 3000, node: 'server', action: 'kill' }]);
    expect(state().status).toBe('ready');
    // The rerun's frame at the playhead already has the server down.
    expect(state().t).toBe(3000);
    expect(serverAlive()).toBe(false);
    expect(screen.queryByRole('button', { name: 'Kill' })).toBeNull();
    expect(button('Restart')).toBeTruthy();
    expect(button('Slow 4×').disabled).toBe(true);
    act(() => player.seek(3500));
    expect(button('Restart')).toBeTruthy();
    // Before the kill, it was up.
    act(() => player.seek(2000));
    expect(serverAlive()).toBe(true);
    expect(button('Kill')).toBeTruthy();

    act(() => player.seek(5000));
    await user.click(button('Restart'));
    expect(state().commands.map((c) => [c.at, c.action])).toEqual([
      [3000, 'kill'],
      [5000, 'restart'],
    ]);
    act(() => player.seek(6000));
    expect(serverAlive()).toBe(true);
    expect(button('Kill')).toBeTruthy();
  });

  it('slows the part by 4x at the playhead', async () => {
    const user = userEvent.setup({ delay: null });
    render(<NodeActions player={player} node="server" label="App server" />);
    act(() => player.seek(1500));
    await user.click(button('Slow 4×'));
    expect(state().commands).toEqual([{ at: 1500, node: 'server', action: 'slow', factor: 4 }]);
    act(() => player.seek(4000));
    await user.click(button('Restore'));
    expect(state().commands.at(-1)).toEqual({ at: 4000, node: 'server', action: 'restore' });
  });

  it('undoes every intervention at once', async () => {
    const user = userEvent.setup({ delay: null });
    render(<NodeActions player={player} node="server" label="App server" />);
    const clean = JSON.stringify(state().data!.result);
    act(() => player.seek(2000));
    await user.click(button('Kill'));
    act(() => player.seek(2500));
    await user.click(button('Restart'));
    expect(JSON.stringify(state().data!.result)).not.toBe(clean);
    await user.click(button('Undo all (2)'));
    expect(state().commands).toEqual([]);
    expect(screen.queryByRole('button', { name: /Undo all/ })).toBeNull();
    // The run is the untouched one again.
    expect(JSON.stringify(state().data!.result)).toBe(clean);
    expect(serverAlive()).toBe(true);
  });
});
