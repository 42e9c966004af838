// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { SeedControl } from './SeedControl';

const scenario = getScenario('single-server')!;
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 10 });
});
afterEach(() => {
  cleanup();
  player.dispose();
  vi.restoreAllMocks();
});

const box = () => screen.getByRole('textbox', { name: 'Seed' }) as HTMLInputElement;
const seed = () => player.store.getState().seed;
/** A fingerprint of the run: different seeds give different draws. */
const fingerprint = () => {
  const r = player.store.getState().data!.result!;
  return JSON.stringify(r);
};

describe('SeedControl', () => {
  it('applies a typed seed on Enter and reruns with it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<SeedControl player={player} />);
    expect(box().value).toBe('1');
    const before = fingerprint();
    await user.clear(box());
    await user.type(box(), '424242');
    // Not applied while typing.
    expect(seed()).toBe(1);
    await user.keyboard('{Enter}');
    expect(seed()).toBe(424242);
    expect(player.store.getState().status).toBe('ready');
    expect(fingerprint()).not.toBe(before);
    expect(box().value).toBe('424242');
    expect(box().getAttribute('aria-invalid')).toBe('false');
  });

  it('applies a typed seed when leaving the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<SeedControl player={player} />);
    await user.clear(box());
    await user.type(box(), '4294967295');
    await user.tab();
    expect(seed()).toBe(4294967295);
  });

  it.each(['abc', '12a', '-5', '1.5', '4294967296', '99999999999', ''])(
    'marks %j invalid, does not apply it, and restores the seed on blur',
    async (text) => {
      const user = userEvent.setup({ delay: null });
      render(<SeedControl player={player} />);
      await user.clear(box());
      if (text) await user.type(box(), text);
      expect(box().getAttribute('aria-invalid')).toBe('true');
      await user.keyboard('{Enter}');
      expect(seed()).toBe(1);
      await user.tab();
      expect(seed()).toBe(1);
      expect(box().value).toBe('1');
      expect(box().getAttribute('aria-invalid')).toBe('false');
    },
  );

  it('rolls a new seed with the dice', async () => {
    const user = userEvent.setup({ delay: null });
    vi.spyOn(Math, 'random').mockReturnValue(0.25);
    render(<SeedControl player={player} />);
    const before = fingerprint();
    await user.click(screen.getByRole('button', { name: 'New random seed' }));
    expect(seed()).toBe(Math.floor(0.25 * 4294967295));
    expect(box().value).toBe(String(seed()));
    expect(fingerprint()).not.toBe(before);
  });

  it('shows a seed set elsewhere, replacing unfinished typing', async () => {
    const user = userEvent.setup({ delay: null });
    render(<SeedControl player={player} />);
    act(() => player.setSeed(77));
    expect(box().value).toBe('77');
    await user.type(box(), '5');
    expect(box().value).toBe('775');
    act(() => player.setSeed(9));
    expect(box().value).toBe('9');
    expect(seed()).toBe(9);
  });
});
