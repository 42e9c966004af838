// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { ReadReplicasView } from './View';

const scenario = getScenario('read-replicas')!;
let player: Player;
const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), rps: 200, ...over },
    seed: 1,
    durationS: 5,
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

describe('ReadReplicasView', () => {
  it('describes the system, each copy’s lag, the figures and the balance story', () => {
    make();
    act(() => player.seek(4000));
    render(<ReadReplicasView player={player} />);
    const img = screen.getByRole('img', { name: /reads to 3 replicas/ });
    expect(img.getAttribute('aria-label')).toMatch(/Replica 1: (behind \d+ writes?|up to date)/);
    expect(document.querySelectorAll('.rr-overlay .rr-behind')).toHaveLength(3);
    expect(Number(document.querySelector('[data-figure="stale"]')!.textContent)).toBeGreaterThan(0);
    const story = screen.getByRole('region', { name: 'Balance after a transfer' });
    expect(story.textContent).toMatch(/User #\d+ moved money/);
    expect(story.querySelector('[data-verdict]')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Break or fix the Primary' })).toBeTruthy();
  });

  it('compact: the picture and figures, no controls or charts', () => {
    make();
    render(<ReadReplicasView player={player} compact />);
    expect(screen.getByRole('img', { name: /reads to 3 replicas/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kill' })).toBeNull();
    expect(document.querySelector('.rr-charts')).toBeNull();
    expect(document.querySelector('.rr-figures')).toBeTruthy();
  });

  it('killing the primary shows the failover, then the promoted replica as primary', async () => {
    make({ failoverMs: 1000 });
    const user = userEvent.setup({ delay: null });
    act(() => player.seek(2000));
    render(<ReadReplicasView player={player} />);
    const primary = screen.getByRole('group', { name: 'Break or fix the Primary' });
    await user.click(primary.querySelector('button')!);
    act(() => player.seek(2500));
    expect(screen.getByRole('status').textContent).toMatch(/promoted at 3.0 s/);
    act(() => player.seek(4000));
    expect(screen.getByRole('status').textContent).toMatch(/Replica \d was promoted to primary/);
    expect(screen.getByRole('img', { name: /Primary \(R\d\)/ })).toBeTruthy();
  });

  it('lets you pick which copy to break', async () => {
    make();
    const user = userEvent.setup({ delay: null });
    render(<ReadReplicasView player={player} />);
    await user.selectOptions(screen.getByLabelText('Copy to break'), '3');
    expect(screen.getByRole('group', { name: 'Break or fix the Replica 3' })).toBeTruthy();
  });
});
