// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runner } from '../../player/runner';
import { createPlayer, MAX_SPEED, MIN_SPEED, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { SpeedControl } from './SpeedControl';

const scenario = getScenario('single-server')!;
// Speed needs no run at all.
const idle: Runner = { start: () => () => {}, dispose() {} };
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1 }, idle);
});
afterEach(cleanup);

const slider = () => screen.getByRole('slider') as HTMLInputElement;
const readout = () => screen.getByRole('status').textContent;
const speed = () => player.store.getState().speed;

describe('SpeedControl', () => {
  it('is a log slider from 0.1x to 1000x', () => {
    render(<SpeedControl player={player} />);
    expect(Number(slider().min)).toBeCloseTo(-1, 12);
    expect(Number(slider().max)).toBeCloseTo(3, 12);
    expect(slider().value).toBe('0');
    expect(readout()).toBe('1x');
    expect(slider().getAttribute('aria-valuetext')).toBe('1x');
  });

  it('maps slider positions to powers of ten', () => {
    render(<SpeedControl player={player} />);
    fireEvent.change(slider(), { target: { value: '0.3' } });
    expect(speed()).toBeCloseTo(10 ** 0.3, 9);
    expect(readout()).toBe('2x');
    fireEvent.change(slider(), { target: { value: '-0.3' } });
    expect(speed()).toBeCloseTo(10 ** -0.3, 9);
    expect(readout()).toBe('0.5x');
    fireEvent.change(slider(), { target: { value: '2' } });
    expect(speed()).toBeCloseTo(100, 9);
    expect(readout()).toBe('100x');
    expect(slider().getAttribute('aria-valuetext')).toBe('100x');
  });

  it('follows the store, as log10 of the speed', () => {
    render(<SpeedControl player={player} />);
    act(() => player.setSpeed(2));
    expect(Number(slider().value)).toBeCloseTo(Math.log10(2), 9);
    expect(readout()).toBe('2x');
    act(() => player.setSpeed(0.5));
    expect(Number(slider().value)).toBeCloseTo(Math.log10(0.5), 9);
    expect(readout()).toBe('0.5x');
  });

  it('clamps to 0.1x..1000x', () => {
    render(<SpeedControl player={player} />);
    act(() => player.setSpeed(5000));
    expect(speed()).toBe(MAX_SPEED);
    expect(readout()).toBe('1000x');
    expect(Number(slider().value)).toBeCloseTo(3, 9);
    act(() => player.setSpeed(0.001));
    expect(speed()).toBe(MIN_SPEED);
    expect(readout()).toBe('0.1x');
    expect(Number(slider().value)).toBeCloseTo(-1, 9);
    // The slider itself cannot go past its ends either.
    fireEvent.change(slider(), { target: { value: '7' } });
    expect(speed()).toBeLessThanOrEqual(MAX_SPEED);
    expect(speed()).toBeCloseTo(MAX_SPEED, 6);
  });
});
