import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failoverStatus } from './FailoverControls';
import { G } from './gauges';
import { DIAGRAM_W, diagramNodes, memberLabel, replicaLayout, streamPath } from './layout';
import { behindText } from './ReplicationOverlay';

const BOX = { w: 150, h: 96, label: 24 };

describe('replicaLayout', () => {
  it('property: every box (and its label) fits the diagram and no two overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (n) => {
        const l = replicaLayout(n);
        const boxes = [l.router, ...l.members].map((p) => ({
          x0: p.x * DIAGRAM_W - BOX.w / 2,
          x1: p.x * DIAGRAM_W + BOX.w / 2,
          y0: p.y * l.height - BOX.h / 2,
          y1: p.y * l.height + BOX.h / 2 + BOX.label,
        }));
        expect(l.members).toHaveLength(n + 1);
        for (const b of boxes) {
          expect(b.x0).toBeGreaterThanOrEqual(0);
          expect(b.x1).toBeLessThanOrEqual(DIAGRAM_W);
          expect(b.y0).toBeGreaterThanOrEqual(0);
          expect(b.y1).toBeLessThanOrEqual(l.height);
        }
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
            expect(apart).toBe(true);
          }),
        );
      }),
    );
  });

  it('keeps the primary above the router’s line, so reads never seem to pass through it', () => {
    const l = replicaLayout(3);
    const primaryBottom = l.members[0]!.y * l.height + BOX.h / 2;
    expect(primaryBottom).toBeLessThan(l.router.y * l.height - BOX.h / 2 + 10);
    expect(replicaLayout(0).members[0]!.y).toBe(0.5);
  });

  it('goes to two columns past four replicas', () => {
    expect(
      new Set(
        replicaLayout(4)
          .members.slice(1)
          .map((p) => p.x),
      ).size,
    ).toBe(1);
    expect(
      new Set(
        replicaLayout(7)
          .members.slice(1)
          .map((p) => p.x),
      ).size,
    ).toBe(2);
  });
});

describe('labels and paths', () => {
  it('names each copy by its role now', () => {
    expect([0, 1, 2].map((m) => memberLabel(m, 0))).toEqual(['Primary', 'Replica 1', 'Replica 2']);
    expect([0, 1, 2].map((m) => memberLabel(m, 2))).toEqual([
      'Ex-primary',
      'Replica 1',
      'Primary (R2)',
    ]);
    const nodes = diagramNodes(replicaLayout(2), 1);
    expect(nodes.map((n) => n.name)).toEqual([
      'users',
      'router',
      'primary',
      'replica-1',
      'replica-2',
    ]);
    expect(nodes[3]!.label).toBe('Primary (R1)');
  });

  it('draws the stream from the primary’s edge to the replica’s', () => {
    const l = replicaLayout(2);
    const d = streamPath(l.members[0]!, l.members[1]!, l.height);
    expect(d.startsWith(`M ${0.5 * DIAGRAM_W + 75} `)).toBe(true);
    // Within one column it loops out to the left.
    const same = streamPath(l.members[1]!, l.members[2]!, l.height);
    expect(same.startsWith(`M ${0.82 * DIAGRAM_W - 75} `)).toBe(true);
  });

  it('says how far behind a copy is, in words', () => {
    expect(behindText(0, 0, true)).toBe('up to date');
    expect(behindText(1, 180, true)).toBe('behind 1 write · 180 ms');
    expect(behindText(12, 2500, false)).toBe('down · 12 writes behind');
    expect(behindText(NaN, 0, true)).toBe('');
  });

  it('describes failover from the gauges', () => {
    const reader = (v: Record<string, number>) => (name: string) => v[name] ?? 0;
    expect(failoverStatus(reader({ [G.primary]: 0, [G.promoteAt]: -1 }), true)).toBe('');
    expect(failoverStatus(reader({ [G.primary]: 0, [G.promoteAt]: 13000 }), false)).toMatch(
      /promoted at 13.0 s/,
    );
    expect(failoverStatus(reader({ [G.primary]: 2, [G.lost]: 7 }), true)).toBe(
      'Replica 2 was promoted to primary; 7 confirmed writes were lost on the way.',
    );
    expect(failoverStatus(reader({ [G.primary]: 0, [G.promoteAt]: -1 }), false)).toMatch(
      /no replica is left/,
    );
  });
});
