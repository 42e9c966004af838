// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NODE_STRIDE, nodeField } from '../../engine';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type Params } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { liveNodeState, type LiveNodeState } from './liveNode';
import { NodeGlyph } from './NodeGlyph';
import { SystemDiagram } from './SystemDiagram';
import type { DiagramNode } from './types';

const scenario = getScenario('single-server')!;
let player: Player;

const make = (over: Params = {}) =>
  (player = createPlayer({
    scenario,
    params: { ...defaults(scenario.params), ...over },
    seed: 1,
    durationS: 10,
  }));

beforeEach(() => {
  // jsdom has no canvas; say so quietly, as a browser without one would.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  player?.dispose();
  vi.restoreAllMocks();
});

const server: DiagramNode = {
  name: 'server',
  label: 'App server',
  shape: 'server',
  x: 0.8,
  y: 0.5,
  note: '40 req/s max',
};
const users: DiagramNode = { name: 'users', label: 'Users', shape: 'clients', x: 0.1, y: 0.5 };

describe('liveNodeState', () => {
  it('reads a part from a real frame', () => {
    // 200 requests/s at a server that finishes 40/s: every worker busy and a line waiting.
    make({ rps: 200 });
    const data = player.store.getState().data!;
    const f = data.frameAt(5000)!;
    const live = liveNodeState(data.layout, f, 'server')!;
    const i = data.layout.nodes.findIndex((n) => n.name === 'server');
    const at = (field: Parameters<typeof nodeField>[0]) =>
      f.nodes[i * NODE_STRIDE + nodeField(field)];
    expect(live).toEqual({
      queued: at('queued'),
      busy: at('busy'),
      capacity: 8,
      alive: true,
      served: at('served'),
      dropped: at('dropped'),
    });
    expect(live.busy).toBe(8);
    expect(live.queued).toBeGreaterThan(0);
    expect(live.served).toBeGreaterThan(0);
    const start = liveNodeState(data.layout, data.frameAt(0), 'server')!;
    expect(start.busy + start.queued).toBeLessThanOrEqual(live.busy + live.queued);
  });

  it('sees a killed part as down', () => {
    make();
    act(() => {
      player.seek(2000);
      player.intervene('server', 'kill');
    });
    const data = player.store.getState().data!;
    expect(liveNodeState(data.layout, data.frameAt(1000), 'server')!.alive).toBe(true);
    expect(liveNodeState(data.layout, data.frameAt(4000), 'server')!.alive).toBe(false);
  });

  it('is null without a layout, a frame or such a part', () => {
    make();
    const data = player.store.getState().data!;
    expect(liveNodeState(undefined, data.frameAt(0), 'server')).toBeNull();
    expect(liveNodeState(data.layout, undefined, 'server')).toBeNull();
    // Clients have no statistics.
    expect(liveNodeState(data.layout, data.frameAt(0), 'users')).toBeNull();
  });
});

const glyph = (node: DiagramNode, live: LiveNodeState | null) =>
  render(
    <svg>
      <NodeGlyph node={node} live={live} width={800} height={280} />
    </svg>,
  ).container;
const liveOf = (over: Partial<LiveNodeState>): LiveNodeState => ({
  queued: 0,
  busy: 0,
  capacity: 8,
  alive: true,
  served: 0,
  dropped: 0,
  ...over,
});

describe('NodeGlyph', () => {
  it('draws one slot per worker, the busy ones marked', () => {
    const c = glyph(server, liveOf({ busy: 3, queued: 12 }));
    expect(c.querySelectorAll('rect.slot')).toHaveLength(8);
    expect(c.querySelectorAll('rect.slot.busy')).toHaveLength(3);
    expect(c.textContent).toContain('busy 3/8 · waiting 12');
    expect(c.querySelector('.glyph')!.classList.contains('is-down')).toBe(false);
  });

  it('says DOWN when the part is dead', () => {
    const c = glyph(server, liveOf({ alive: false }));
    const g = c.querySelector('.glyph')!;
    expect(g.classList.contains('is-down')).toBe(true);
    expect(c.querySelector('.glyph-note')!.textContent).toBe('DOWN');
  });

  it('draws a gauge instead of slots past 16 workers', () => {
    const c = glyph(server, liveOf({ capacity: 64, busy: 16 }));
    const rects = c.querySelectorAll('rect.slot');
    // The track and its filled part, not 64 slots.
    expect(rects).toHaveLength(2);
    const full = Number(rects[0]!.getAttribute('width'));
    expect(Number(rects[1]!.getAttribute('width'))).toBeCloseTo(full / 4, 9);
    expect(c.textContent).toContain('busy 16/64');
    // 16 still fits as slots, in two rows of 8.
    const sixteen = glyph(server, liveOf({ capacity: 16 })).querySelectorAll('rect.slot');
    expect(sixteen).toHaveLength(16);
    expect(new Set([...sixteen].map((r) => r.getAttribute('y'))).size).toBe(2);
  });

  it('shows the note when there are no live numbers, and places the part', () => {
    const c = glyph(server, null);
    expect(c.querySelectorAll('rect.slot')).toHaveLength(0);
    expect(c.querySelector('.glyph-note')!.textContent).toBe('40 req/s max');
    // Centred on (0.8 * 800, 0.5 * 280).
    expect(c.querySelector('.glyph')!.getAttribute('transform')).toBe('translate(565 92)');
  });

  it('draws clients as people, with their label and note', () => {
    const c = glyph({ ...users, note: '100 users' }, null);
    const g = c.querySelector('.glyph')!;
    expect(g.classList.contains('shape-clients')).toBe(true);
    expect(g.getAttribute('transform')).toBe('translate(80 140)');
    expect(c.querySelector('.glyph-label')!.textContent).toBe('Users');
    expect(c.querySelector('.glyph-note')!.textContent).toBe('100 users');
    expect(c.querySelector('.glyph-box')).toBeNull();
  });
});

describe('SystemDiagram', () => {
  it('draws one line per wire and one glyph per part, with a label', () => {
    make({ rps: 200 });
    act(() => player.seek(5000));
    render(
      <SystemDiagram
        player={player}
        nodes={[users, server]}
        wires={[
          { from: 'users', to: 'server' },
          { from: 'users', to: 'nowhere' },
        ]}
        height={280}
        label="Users sending requests to one server"
      />,
    );
    const svg = screen.getByRole('img', { name: 'Users sending requests to one server' });
    expect(svg.getAttribute('viewBox')).toBe('0 0 800 280');
    const lines = svg.querySelectorAll('line.wire');
    // A wire to a part that is not drawn is skipped.
    expect(lines).toHaveLength(1);
    expect(['x1', 'y1', 'x2', 'y2'].map((a) => Number(lines[0]!.getAttribute(a)))).toEqual([
      80, 140, 640, 140,
    ]);
    expect(svg.querySelectorAll('.glyph')).toHaveLength(2);
    // The server shows its live numbers at the playhead.
    const data = player.store.getState().data!;
    const live = liveNodeState(data.layout, data.frameAt(5000), 'server')!;
    expect(svg.querySelectorAll('rect.slot.busy')).toHaveLength(live.busy);
    expect(svg.textContent).toContain(`busy ${live.busy}/8 · waiting ${live.queued}`);
    // The moving dots are laid over it.
    expect(screen.getByLabelText('Moving requests')).toBeTruthy();
  });

  it('follows the playhead', () => {
    make({ rps: 200 });
    render(
      <SystemDiagram player={player} nodes={[users, server]} wires={[]} height={280} label="x" />,
    );
    const note = () => screen.getByRole('img', { name: 'x' }).querySelectorAll('.glyph-note');
    const data = player.store.getState().data!;
    for (const t of [0, 3000, 9000]) {
      act(() => player.seek(t));
      const live = liveNodeState(data.layout, data.frameAt(t), 'server')!;
      expect(note()[0]!.textContent).toBe(`busy ${live.busy}/8 · waiting ${live.queued}`);
    }
    act(() => player.intervene('server', 'kill'));
    expect(note()[0]!.textContent).toBe('DOWN');
  });
});
