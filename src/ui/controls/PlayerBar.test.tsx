// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { PlayerBar } from './PlayerBar';

const scenario = getScenario('single-server')!;
let player: Player;

beforeEach(() => {
  // No Worker in jsdom: the run is computed synchronously, so data is ready at once.
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 10 });
});

afterEach(() => {
  cleanup();
  player.dispose();
});

const state = () => player.store.getState();
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('PlayerBar', () => {
  it('starts from a ready run', () => {
    expect(state().status).toBe('ready');
    expect(state().data?.done).toBe(true);
  });

  it('toggles between Play and Pause, flipping store.playing', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PlayerBar player={player} />);
    expect(state().playing).toBe(false);
    await user.click(button('Play'));
    expect(state().playing).toBe(true);
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await user.click(button('Pause'));
    expect(state().playing).toBe(false);
    expect(button('Play').textContent?.trim()).toBe('Play');
  });

  it('steps one second back and forward, pausing playback', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PlayerBar player={player} />);
    act(() => {
      player.seek(5000);
      player.play();
    });
    await user.click(button('Step forward one second'));
    expect(state().t).toBe(6000);
    expect(state().playing).toBe(false);
    await user.click(button('Step back one second'));
    await user.click(button('Step back one second'));
    expect(state().t).toBe(4000);
    // Clamped at both ends of the run.
    act(() => player.seek(0));
    await user.click(button('Step back one second'));
    expect(state().t).toBe(0);
    act(() => player.seek(10_000));
    await user.click(button('Step forward one second'));
    expect(state().t).toBe(10_000);
  });

  it('restarts from 0 and plays', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PlayerBar player={player} />);
    act(() => player.seek(7300));
    await user.click(button('Restart from the beginning'));
    expect(state().t).toBe(0);
    expect(state().playing).toBe(true);
    expect(button('Pause')).toBeTruthy();
  });

  it('shows step, restart, seed and help only when not compact', () => {
    const onHelp = vi.fn();
    const { rerender } = render(<PlayerBar player={player} onHelp={onHelp} />);
    for (const name of [
      'Step back one second',
      'Step forward one second',
      'Restart from the beginning',
      'Keyboard shortcuts',
      'New random seed',
    ])
      expect(screen.queryByRole('button', { name })).not.toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Seed' })).not.toBeNull();

    rerender(<PlayerBar player={player} onHelp={onHelp} compact />);
    for (const name of [
      'Step back one second',
      'Step forward one second',
      'Restart from the beginning',
      'Keyboard shortcuts',
      'New random seed',
    ])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Seed' })).toBeNull();
    // Play, the timeline and speed stay.
    expect(button('Play')).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Simulated time' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: /^Speed/ })).toBeTruthy();
    expect(screen.getByRole('group').className).toContain('compact');
  });

  it('has no help button without onHelp, and calls onHelp when clicked', async () => {
    const user = userEvent.setup({ delay: null });
    const onHelp = vi.fn();
    const { rerender } = render(<PlayerBar player={player} />);
    expect(screen.queryByRole('button', { name: 'Keyboard shortcuts' })).toBeNull();
    rerender(<PlayerBar player={player} onHelp={onHelp} />);
    await user.click(button('Keyboard shortcuts'));
    expect(onHelp).toHaveBeenCalledTimes(1);
  });

  it('disables Play when the run failed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PlayerBar player={player} />);
    expect((button('Play') as HTMLButtonElement).disabled).toBe(false);
    act(() => player.store.setState({ status: 'error', error: 'bad combination' }));
    const play = button('Play') as HTMLButtonElement;
    expect(play.disabled).toBe(true);
    await user.click(play);
    expect(state().playing).toBe(false);
  });
});
