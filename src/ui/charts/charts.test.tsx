// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChunkReader, layoutOf } from '../../player/chunk';
import { RunData } from '../../player/runData';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { INTERACTIVE, RunSession } from '../../scenarios/run';
import { formatLatency } from './format';
import { LatencyChart, NodeChart, ThroughputChart, TimeSeriesChart, sampleNodes } from './index';

let data: RunData;

beforeAll(() => {
  const session = new RunSession(
    {
      scenario: 'single-server',
      params: defaults(getScenario('single-server')!.params),
      seed: 1,
      durationS: 20,
      commands: [],
    },
    INTERACTIVE,
  );
  session.advance(session.durationMs);
  data = new RunData(layoutOf(session));
  data.append(new ChunkReader(session).read());
});

afterEach(cleanup);

const playheadX = (c: HTMLElement) =>
  Number(c.querySelector('[data-testid="playhead"]')!.getAttribute('x1'));

/** Opens the "Show data" disclosure the way a browser does (jsdom does not fire toggle itself). */
function openData(c: HTMLElement): HTMLTableElement {
  const details = c.querySelector('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return details.querySelector('table')!;
}
const bodyRows = (table: HTMLTableElement) => table.querySelectorAll('tbody tr').length;

describe('LatencyChart', () => {
  it('moves the playhead with t', () => {
    const { container, rerender } = render(
      <LatencyChart points={data.seriesUntil(5000)} durationS={20} t={5} />,
    );
    const x5 = playheadX(container);
    rerender(<LatencyChart points={data.seriesUntil(15_000)} durationS={20} t={15} />);
    const x15 = playheadX(container);
    expect(x15).toBeGreaterThan(x5);
    // Linear in time: 0 s sits at the plot's left edge, so x(15) - x(0) = 3 (x(5) - x(0)).
    rerender(<LatencyChart points={[]} durationS={20} t={0} />);
    const x0 = playheadX(container);
    expect(x15 - x0).toBeCloseTo(3 * (x5 - x0), 6);
  });

  it('has a legend, a summary naming the latest p99, and one table row per second', () => {
    const points = data.seriesUntil(12_000);
    const { container } = render(<LatencyChart points={points} durationS={20} t={12} />);
    for (const label of ['p50 (median)', 'p95', 'p99'])
      expect(within(container.querySelector('ul')!).getByText(label)).toBeTruthy();
    const img = screen.getByRole('img');
    const last = points[points.length - 1]!;
    expect(img.getAttribute('aria-label')).toContain(`p99 ${formatLatency(last.p99Ms)}`);
    expect(points).toHaveLength(12);
    expect(bodyRows(openData(container))).toBe(12);
  });

  it('draws one path per percentile and ticks the log axis at decades', () => {
    const { container } = render(<LatencyChart points={data.series} durationS={20} t={20} />);
    const paths = [...container.querySelectorAll('svg[role="img"] path')];
    expect(paths).toHaveLength(3);
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M/);
    const ticks = [...container.querySelectorAll('.sl-chart-grid g text')].map(
      (e) => e.textContent,
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(tick).toMatch(/^(1|10|100) ms$|^(1|10) s$|^0\.1 ms$/);
  });

  it('switches to a linear axis with the toggle', () => {
    render(<LatencyChart points={data.series} durationS={20} t={20} />);
    const box = screen.getByLabelText('Log scale') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(screen.getByText('latency')).toBeTruthy();
  });

  it('shows an empty state before the first second', () => {
    const { container } = render(
      <LatencyChart points={data.seriesUntil(500)} durationS={20} t={0.5} />,
    );
    expect(screen.getByText(/No latency yet/)).toBeTruthy();
    expect(container.querySelector('svg[role="img"] path')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/No latency yet/);
  });
});

describe('ThroughputChart', () => {
  it('shows arrivals, answers and errors up to the playhead', () => {
    const points = data.seriesUntil(10_000);
    const { container } = render(<ThroughputChart points={points} durationS={20} t={10} />);
    for (const label of ['arrived', 'answered', 'errors'])
      expect(screen.getByText(label)).toBeTruthy();
    const last = points[points.length - 1]!;
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      `arrived ${last.arrivedRps}`,
    );
    expect(bodyRows(openData(container))).toBe(10);
  });
});

describe('NodeChart', () => {
  it('samples utilisation from busy-time integrals at about one second', () => {
    const samples = sampleNodes(data, data.frames.length - 1, [0]);
    expect(samples).toHaveLength(20);
    expect(samples[0]!.t).toBe(1);
    const last = data.frames[data.frames.length - 1]!;
    const cap = data.layout.nodes[0]!.capacity;
    // The mean of equal-length intervals equals the whole run's busy integral over its length.
    const mean = samples.reduce((s, p) => s + p.util[0]!, 0) / samples.length;
    expect(mean).toBeCloseTo(last.nodes[6]! / (cap * last.t), 9);
    for (const s of samples) {
      expect(s.util[0]).toBeGreaterThanOrEqual(0);
      expect(s.util[0]).toBeLessThanOrEqual(1);
      expect(s.queue[0]).toBeGreaterThanOrEqual(0);
    }
    // A partial last interval reaches the playhead.
    expect(sampleNodes(data, 25, [0]).map((s) => s.t)).toEqual([1, 2, 2.5]);
  });

  it('renders utilisation and queue charts that follow the playhead', () => {
    const { container, rerender } = render(<NodeChart data={data} t={4000} />);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.getAllByText('server').length).toBeGreaterThanOrEqual(2);
    const [util] = screen.getAllByRole('img');
    expect(util!.getAttribute('aria-label')).toMatch(/^Utilisation at 4 s: server \d+(\.\d)?%$/);
    const before = playheadX(container);
    rerender(<NodeChart data={data} t={16_000} />);
    expect(playheadX(container)).toBeGreaterThan(before);
    expect(bodyRows(openData(container))).toBe(16);
  });

  it('filters parts by name and shows an empty state with none chosen', () => {
    render(<NodeChart data={data} t={4000} nodes={['nonexistent']} />);
    expect(screen.queryByText('server')).toBeNull();
    expect(screen.getAllByText('No such part in this run')).toHaveLength(2);
  });
});

describe('TimeSeriesChart', () => {
  it('identifies lines by dash as well as colour and clamps the playhead to the run', () => {
    const pts = [
      { s: 1, v: 3 },
      { s: 2, v: 5 },
    ];
    const { container } = render(
      <TimeSeriesChart
        title="Demo"
        unit="things"
        durationS={10}
        t={99}
        points={pts}
        x={(p) => p.s}
        lines={[{ key: 'a', label: 'A line', color: '#123456', dash: '4 2', value: (p) => p.v }]}
      />,
    );
    const swatch = container.querySelector('ul svg line')!;
    expect(swatch.getAttribute('stroke')).toBe('#123456');
    expect(swatch.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(container.querySelector('svg[role="img"] path')!.getAttribute('stroke-dasharray')).toBe(
      '4 2',
    );
    // The newest value is marked, so even a single point shows.
    expect(container.querySelectorAll('svg[role="img"] circle')).toHaveLength(1);
    const axis = container.querySelector('.sl-chart-axis')!;
    expect(playheadX(container)).toBe(Number(axis.getAttribute('x2')));
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Demo at 2 s: A line 5');
  });
});
