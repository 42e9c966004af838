import { describe, expect, it } from 'vitest';
import { NODE_STRIDE, nodeField, type Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import { readServers, statusText } from './reading';

const layout: RunLayout = {
  durationMs: 10_000,
  frameMs: 100,
  componentNames: [],
  nodes: [
    { name: 'server-1', kind: 'server', capacity: 2 },
    { name: 'server-2', kind: 'server', capacity: 2 },
    { name: 'lb', kind: 'balancer', capacity: 0 },
  ],
  unknownTargets: [],
  gauges: ['up', 'checked-server-1', 'checked-server-2'].map((name) => ({
    name,
    label: name,
    unit: '',
    kind: 'level' as const,
  })),
};

function frame(arrived: [number, number], alive: [number, number], checked: [number, number]) {
  const nodes = new Float64Array(3 * NODE_STRIDE);
  arrived.forEach((a, i) => (nodes[i * NODE_STRIDE + nodeField('arrived')] = a));
  alive.forEach((a, i) => (nodes[i * NODE_STRIDE + nodeField('alive')] = a));
  return { nodes, gauges: Float64Array.from([2, ...checked]) } as unknown as Frame;
}

describe('readServers', () => {
  it('reads arrivals, shares and health from a frame', () => {
    const rows = readServers(layout, frame([300, 100], [1, 0], [1, 1]), 2);
    expect(rows).toEqual([
      { name: 'server-1', arrived: 300, share: 0.75, alive: true, inRotation: true },
      { name: 'server-2', arrived: 100, share: 0.25, alive: false, inRotation: true },
    ]);
  });

  it('before the first frame every server is up with nothing sent', () => {
    const rows = readServers(undefined, undefined, 3);
    expect(rows.map((r) => [r.arrived, r.share, r.alive, r.inRotation])).toEqual([
      [0, 0, true, true],
      [0, 0, true, true],
      [0, 0, true, true],
    ]);
  });
});

describe('statusText', () => {
  it('tells the health-check window apart from a server already taken out', () => {
    expect(statusText({ alive: true, inRotation: true })).toBe('Up');
    expect(statusText({ alive: false, inRotation: true })).toBe('Down, still sent requests');
    expect(statusText({ alive: false, inRotation: false })).toBe('Down, out of rotation');
    expect(statusText({ alive: true, inRotation: false })).toMatch(/not yet back/);
  });
});
