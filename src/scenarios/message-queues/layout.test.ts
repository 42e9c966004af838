import { describe, expect, it } from 'vitest';
import { getScenario } from '../registry';
import { defaults } from '../params';
import { breakableParts } from './FailurePanel';
import { JOBS, MODES } from './jobs';
import { dotPositions, workerBox, AT } from './layout';

describe('message-queues layout', () => {
  it('every part of every design has a place on the dots canvas, inside the box', () => {
    const scenario = getScenario('message-queues')!;
    for (const mode of MODES)
      for (const consumers of [1, 3, 20]) {
        const { sim } = scenario.build(
          { ...defaults(scenario.params), mode, consumers, spike: true },
          { seed: 1, durationMs: 1000, traceCapacity: 0 },
        );
        const pos = dotPositions(mode, consumers);
        for (const c of sim.components) {
          if (c.kind === 'internal' || c.name.startsWith('__')) continue;
          expect(pos, `${mode}/${consumers}: ${c.name}`).toHaveProperty([c.name]);
          const p = pos[c.name]!;
          expect(p.x).toBeGreaterThan(0);
          expect(p.x).toBeLessThan(1);
          expect(p.y).toBeGreaterThan(0);
          expect(p.y).toBeLessThan(1);
        }
      }
  });

  it('workers fit their span without overlapping', () => {
    for (const n of [1, 3, 8, 20]) {
      const boxes = Array.from({ length: n }, (_, i) => workerBox(i, n));
      boxes.forEach((b, i) => {
        if (i > 0) expect(b.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.w);
      });
      const last = boxes[n - 1]!;
      expect(last.x + last.w).toBeLessThanOrEqual(AT.workers.x1 + 0.001);
    }
  });

  it('the failure controls list every worker, or each sync service', () => {
    expect(breakableParts('rabbitmq', 3).flatMap((g) => g.parts)).toHaveLength(JOBS.length * 3);
    expect(breakableParts('sync', 3).map((g) => g.parts[0]!.name)).toEqual(JOBS.map((j) => j.id));
  });
});
