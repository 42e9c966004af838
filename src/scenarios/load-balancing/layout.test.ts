import { describe, expect, it } from 'vitest';
import { BOX_H, BOX_W } from '../../ui/diagram/NodeGlyph';
import { farmPicture } from './layout';

const labels = {
  users: '160 requests/s',
  balancer: 'round-robin',
  server: (i: number) => `Server ${i + 1}`,
};

describe('farmPicture', () => {
  it.each([1, 2, 4, 5, 6, 9, 10])(
    '%i servers: every part inside the picture, no boxes overlapping',
    (n) => {
      const { nodes, wires, height } = farmPicture(n, labels);
      expect(nodes.filter((d) => d.shape === 'server')).toHaveLength(n);
      expect(wires).toHaveLength(n + 1);
      const boxes = nodes
        .filter((d) => d.shape !== 'clients')
        .map((d) => ({ x: d.x * 800, y: d.y * height }));
      for (const b of boxes) {
        expect(b.x - BOX_W / 2).toBeGreaterThanOrEqual(0);
        expect(b.x + BOX_W / 2).toBeLessThanOrEqual(800);
        expect(b.y - BOX_H / 2).toBeGreaterThanOrEqual(0);
        expect(b.y + BOX_H / 2).toBeLessThanOrEqual(height);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const apart =
            Math.abs(boxes[i]!.x - boxes[j]!.x) >= BOX_W ||
            Math.abs(boxes[i]!.y - boxes[j]!.y) >= BOX_H;
          expect(apart).toBe(true);
        }
    },
  );

  it('names parts as the simulation does, so loads and dots find them', () => {
    const { nodes, wires } = farmPicture(3, labels);
    expect(nodes.map((d) => d.name)).toEqual(['users', 'lb', 'server-1', 'server-2', 'server-3']);
    expect(wires[0]).toEqual({ from: 'users', to: 'lb' });
    expect(nodes[2]!.label).toBe('Server 1');
  });
});
