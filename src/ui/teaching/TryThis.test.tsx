// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import type { Exercise } from '../../scenarios/teaching';
import { TryThis } from './TryThis';

const scenario = getScenario('load-balancing')!;
let player: Player;
const make = (over: Params) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), ...over },
    seed: 1,
    durationS: 60,
  }));

afterEach(() => {
  cleanup();
  player?.dispose();
  localStorage.clear();
});

/** Ticked when the run's p99 is at most half of the same traffic's on round-robin. */
const halve: Exercise = {
  id: 'test-halve',
  prompt: 'Beat round-robin by half',
  baseline: (_r, p) => (p.strategy === 'round-robin' ? null : { strategy: 'round-robin' }),
  check: (r, _p, base) => base !== undefined && r.latencyMs.p99 <= 0.5 * base.latencyMs.p99,
};
const always: Exercise = { id: 'test-always', prompt: 'Finish a run', check: () => true };
const broken: Exercise = {
  id: 'test-broken',
  prompt: 'Throws',
  baseline: () => {
    throw new Error('bug');
  },
  check: () => true,
};

describe('TryThis', () => {
  it('ticks a goal measured against a baseline run once that run is computed', async () => {
    make({ strategy: 'least-connections', rps: 170 });
    render(<TryThis player={player} exercises={[always, halve, broken]} />);
    // Plain goals tick at once; the one with a baseline waits for it (computed off the page).
    expect(screen.getByLabelText('1 of 3 done')).toBeTruthy();
    expect(await screen.findByLabelText('2 of 3 done')).toBeTruthy();
    expect(document.querySelector('[data-exercise="test-halve"]')!.className).toBe('done');
    expect(document.querySelector('[data-exercise="test-broken"]')!.className).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Done: Beat round-robin by half');
  });

  it('does not tick it when the run is no better than its baseline', async () => {
    make({ strategy: 'random', rps: 170 });
    // Ticks as soon as the same baseline arrives: then `halve` has been decided too.
    const got: Exercise = { ...halve, id: 'test-got', check: (_r, _p, base) => base !== undefined };
    render(<TryThis player={player} exercises={[halve, got]} />);
    expect(await screen.findByLabelText('1 of 2 done')).toBeTruthy();
    expect(document.querySelector('[data-exercise="test-halve"]')!.className).toBe('');
  });
});
