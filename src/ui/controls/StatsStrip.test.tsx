// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Runner } from '../../player/runner';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { formatCount, formatMs, formatPercent } from './formatNumbers';
import { StatsStrip } from './StatsStrip';

const scenario = getScenario('single-server')!;
let player: Player;
afterEach(() => {
  cleanup();
  player.dispose();
});

const make = (over: Params = {}, runner?: Runner) =>
  (player = createPlayer(
    { scenario, params: { ...defaults(scenario.params), ...over }, seed: 1, durationS: 10 },
    runner,
  ));

function stats(container: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dd of container.querySelectorAll('dd[data-stat]'))
    out[dd.getAttribute('data-stat')!] = dd.textContent!;
  return out;
}

describe('StatsStrip', () => {
  it('shows dashes before there is any data', () => {
    make({}, { start: () => () => {}, dispose() {} });
    const { container } = render(<StatsStrip player={player} />);
    expect(stats(container)).toEqual({
      requests: '–',
      answered: '–',
      errors: '–',
      'in-flight': '–',
      p50: '–',
      p99: '–',
    });
  });

  it('shows the numbers of the frame at the playhead', () => {
    // 200 requests/s against a server that finishes 40/s: the queue fills and errors appear.
    make({ rps: 200 });
    const { container } = render(<StatsStrip player={player} />);
    const data = player.store.getState().data!;
    // At 0 s nothing has been answered yet: no latency to show.
    expect(data.frameAt(0)!.latency.count).toBe(0);
    expect(stats(container).p50).toBe('–');
    expect(stats(container).p99).toBe('–');
    expect(stats(container).requests).toBe(formatCount(data.frameAt(0)!.arrived));
    const seen: Record<string, string>[] = [];
    for (const t of [2500, 6000, 10_000]) {
      act(() => player.seek(t));
      const f = data.frameAt(t)!;
      expect(f.t).toBeLessThanOrEqual(t);
      const errors = f.rejected + f.timedOut + f.failed;
      const ended = f.completed + errors;
      const s = stats(container);
      expect(s.requests).toBe(formatCount(f.arrived));
      expect(s.answered).toBe(formatCount(f.completed));
      expect(s.errors).toBe(formatPercent(ended ? errors / ended : 0));
      expect(s['in-flight']).toBe(formatCount(f.arrived - ended));
      expect(s.p50).toBe(formatMs(f.latency.p50));
      expect(s.p99).toBe(formatMs(f.latency.p99));
      seen.push(s);
    }
    // The numbers are cumulative and the strip follows the playhead.
    const n = (x: string | undefined) => Number((x ?? '').replace(/[^\d.]/g, ''));
    expect(n(seen[0]!.requests)).toBeGreaterThan(0);
    expect(n(seen[1]!.requests)).toBeGreaterThan(n(seen[0]!.requests));
    expect(n(seen[2]!.requests)).toBeGreaterThan(n(seen[1]!.requests));
    // By the end the queue has overflowed.
    expect(seen[2]!.errors).not.toBe('0%');
    expect(seen[2]!.p99).toMatch(/ (ms|s)$/);
  });
});
