// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChunkReader, layoutOf } from '../../player/chunk';
import type { Runner } from '../../player/runner';
import type { RunCallbacks } from '../../player/sessions';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { INTERACTIVE, RunSession, type RunInput } from '../../scenarios/run';
import { Timeline } from './Timeline';

const scenario = getScenario('single-server')!;

/** Computes a run only as far as the test says, to see the timeline while it is computing. */
class ManualRunner implements Runner {
  private session: RunSession | null = null;
  private reader: ChunkReader | null = null;
  private cb: RunCallbacks | null = null;
  start(input: RunInput, cb: RunCallbacks): () => void {
    this.session = new RunSession(input, INTERACTIVE);
    this.reader = new ChunkReader(this.session);
    this.cb = cb;
    cb.onLayout(layoutOf(this.session));
    return () => {};
  }
  deliver(t: number): void {
    this.session!.advance(t);
    this.cb!.onChunk(this.reader!.read());
  }
  dispose(): void {}
}

let player: Player;
afterEach(() => {
  cleanup();
  player.dispose();
});

const make = (runner?: Runner) =>
  (player = createPlayer(
    { scenario, params: defaults(scenario.params), seed: 1, durationS: 10 },
    runner,
  ));
const slider = () => screen.getByRole('slider', { name: 'Simulated time' }) as HTMLInputElement;

describe('Timeline', () => {
  it('follows store.t in tenths of a second', () => {
    make();
    render(<Timeline player={player} />);
    expect(slider().value).toBe('0');
    expect(slider().max).toBe('10');
    act(() => player.seek(2345));
    expect(slider().value).toBe('2.3');
    act(() => player.seek(9999));
    expect(slider().value).toBe('9.9');
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('9.9 s / 10.0 s');
  });

  it('reads the time in words for screen readers', () => {
    make();
    render(<Timeline player={player} />);
    expect(slider().getAttribute('aria-valuetext')).toBe('0.0 s of 10.0 s');
    act(() => player.seek(10_000));
    expect(slider().getAttribute('aria-valuetext')).toBe('10.0 s of 10.0 s');
  });

  it('seeks when moved', () => {
    make();
    render(<Timeline player={player} />);
    fireEvent.change(slider(), { target: { value: '4.2' } });
    expect(player.store.getState().t).toBeCloseTo(4200, 6);
    expect(slider().value).toBe('4.2');
    fireEvent.change(slider(), { target: { value: '0' } });
    expect(player.store.getState().t).toBe(0);
  });

  it('cannot seek past what has been computed, and says how far computing is', () => {
    const runner = new ManualRunner();
    make(runner);
    act(() => runner.deliver(3000));
    render(<Timeline player={player} />);
    expect(player.store.getState().data?.computedUntil).toBe(3000);
    expect(screen.getByText(/computing 30%/)).toBeTruthy();
    // The slider spans the whole run, but the playhead stops at the computed edge.
    expect(slider().max).toBe('10');
    fireEvent.change(slider(), { target: { value: '8' } });
    expect(player.store.getState().t).toBe(3000);
    expect(slider().value).toBe('3');
    act(() => runner.deliver(10_000));
    expect(screen.queryByText(/computing/)).toBeNull();
    fireEvent.change(slider(), { target: { value: '8' } });
    expect(player.store.getState().t).toBe(8000);
  });
});
