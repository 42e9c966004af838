// @vitest-environment jsdom
import { Profiler } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { Legend } from './Legend';
import { RequestCanvas } from './RequestCanvas';

const scenario = getScenario('single-server')!;
const positions = { users: { x: 0.15, y: 0.5 }, server: { x: 0.7, y: 0.5 } };
let player: Player;

beforeEach(() => {
  // Small runs compute synchronously on the main thread, so data is there at once.
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 20 });
});

afterEach(() => {
  cleanup();
  player.dispose();
  vi.restoreAllMocks();
});

/** A context that counts what the canvas asked for. */
function fakeContext() {
  const calls = { clear: 0, arc: 0, transform: [] as number[] };
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform: (a: number) => void calls.transform.push(a),
    clearRect: () => void calls.clear++,
    arc: () => void calls.arc++,
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    rect() {},
    fill() {},
    stroke() {},
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    ctx as unknown as CanvasRenderingContext2D,
  );
  return calls;
}

describe('RequestCanvas', () => {
  it('renders without throwing where the canvas has no 2D context (jsdom)', () => {
    // jsdom's own getContext (not a mock) returns null, as a browser without canvas would.
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    const { container } = render(
      <RequestCanvas player={player} positions={positions} height={300} label="Moving requests" />,
    );
    expect(getContext).toHaveReturnedWith(null);
    expect(screen.getByRole('img', { name: 'Moving requests' }).tagName).toBe('CANVAS');
    expect((container.firstChild as HTMLElement).dataset.canvas).toBe('unavailable');
    expect(() => act(() => player.seek(5000))).not.toThrow();
  });

  it('sizes the backing store for the device pixel ratio', () => {
    const calls = fakeContext();
    vi.spyOn(window, 'devicePixelRatio', 'get').mockReturnValue(2);
    render(<RequestCanvas player={player} positions={positions} height={300} label="dots" />);
    const canvas = screen.getByRole('img') as HTMLCanvasElement;
    // jsdom has no layout: the width falls back to 480 and the height to the prop.
    expect([canvas.width, canvas.height]).toEqual([960, 600]);
    expect([canvas.style.width, canvas.style.height]).toEqual(['480px', '300px']);
    expect(calls.transform.at(-1)).toBe(2);
  });

  it('redraws when the playhead moves, without re-rendering React', () => {
    const calls = fakeContext();
    let commits = 0;
    render(
      <Profiler id="dots" onRender={() => commits++}>
        <RequestCanvas player={player} positions={positions} height={300} label="dots" />
      </Profiler>,
    );
    const afterMount = commits;
    const clears = calls.clear;
    let busiest = 0;
    for (let t = 1000; t <= 10_000; t += 250) {
      const before = calls.arc;
      player.seek(t);
      busiest = Math.max(busiest, calls.arc - before);
    }
    expect(calls.clear - clears).toBe(37); // one redraw per playhead move
    expect(busiest).toBeGreaterThan(0); // some requests were in flight along the way
    expect(commits).toBe(afterMount);
  });

  it('ignores store changes that do not affect the picture, and stops on unmount', () => {
    const calls = fakeContext();
    const { unmount } = render(
      <RequestCanvas player={player} positions={positions} height={300} label="dots" />,
    );
    const clears = calls.clear;
    player.store.setState({ notices: ['something'] });
    expect(calls.clear).toBe(clears);
    player.setSpeed(4); // changes how long end markers last
    expect(calls.clear).toBe(clears + 1);
    unmount();
    player.seek(3000);
    expect(calls.clear).toBe(clears + 1);
  });

  it('redraws with new positions', () => {
    const calls = fakeContext();
    const { rerender } = render(
      <RequestCanvas player={player} positions={positions} height={300} label="dots" />,
    );
    const clears = calls.clear;
    rerender(
      <RequestCanvas
        player={player}
        positions={{ ...positions, server: { x: 0.5, y: 0.3 } }}
        height={300}
        label="dots"
      />,
    );
    expect(calls.clear).toBe(clears + 1);
  });
});

describe('Legend', () => {
  it('names every outcome with its own shape', () => {
    const { container } = render(<Legend />);
    for (const label of ['in flight', 'answered', 'rejected', 'timed out', 'failed'])
      expect(screen.getByText(label)).toBeTruthy();
    const shapes = [...container.querySelectorAll('svg')].map((s) => s.dataset.shape);
    expect(new Set(shapes).size).toBe(5);
  });
});
