// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { slotStates } from './PoolGlyph';
import { ConnectionPoolingView } from './View';

const scenario = getScenario('connection-pooling')!;
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 1.5 });
});
afterEach(() => {
  cleanup();
  player.dispose();
});

describe('ConnectionPoolingView', () => {
  it('names the system it draws and reads its numbers out in words', () => {
    render(<ConnectionPoolingView player={player} />);
    expect(
      screen.getByRole('img', { name: /borrow one of up to 20 pooled connections.*16 cores/ }),
    ).toBeTruthy();
    act(() => player.seek(1000));
    const readout = document.querySelector('.cp-readout')!.textContent!;
    expect(readout).toMatch(/Pool: \d+ in use, \d+ idle, 0 opening, \d+ waiting/);
    expect(readout).toMatch(/Database: \d+ queries running, 20 connections/);
    expect(screen.getByRole('list', { name: 'Pool slots' })).toBeTruthy();
  });

  it('the switch turns the pool off, and the picture says so', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ConnectionPoolingView player={player} />);
    await user.click(screen.getByRole('switch', { name: /Lend connections from a pool/ }));
    expect(player.store.getState().params.pool).toBe('off');
    expect(screen.getByRole('img', { name: /open a new database connection for every query/ }));
    expect(document.querySelector('.cp-readout')!.textContent).toMatch(/^Connections:/);
  });

  it('offers failure injection for the database and the pool, but not when compact', () => {
    const { unmount } = render(<ConnectionPoolingView player={player} />);
    expect(screen.getByRole('group', { name: 'Break or fix the Database' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Break or fix the Pool' })).toBeTruthy();
    unmount();
    render(<ConnectionPoolingView player={player} compact />);
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kill' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Pool charts' })).toBeNull();
  });
});

describe('slotStates', () => {
  it('fills lent, then opening, then idle, then unopened places', () => {
    const live = {
      inUse: 2,
      opening: 1,
      idle: 1,
      waiting: 0,
      dbActive: 0,
      dbConnections: 3,
      poolUp: true,
      dbUp: true,
    };
    expect(slotStates(6, live)).toEqual(['busy', 'busy', 'opening', 'idle', 'closed', 'closed']);
  });
});
