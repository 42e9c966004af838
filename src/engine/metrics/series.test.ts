import { describe, expect, it } from 'vitest';
import { SeriesRecorder } from './series';

describe('SeriesRecorder', () => {
  it('counts each second exactly and closes seconds in order', () => {
    const s = new SeriesRecorder();
    s.arrival(100);
    s.ok(200, 50);
    s.arrival(900);
    s.error(950);
    s.arrival(2500);
    s.ok(2600, 10);
    s.flush(3000);
    expect(
      s.points.map((p) => [p.t, p.arrivedRps, p.completedRps, p.erroredRps, p.errorRate]),
    ).toEqual([
      [0, 2, 1, 1, 0.5],
      [1, 0, 0, 0, 0],
      [2, 1, 1, 0, 0],
    ]);
    expect(s.points[0]!.p99Ms).toBeCloseTo(50, 0);
  });

  it('an event exactly on a boundary belongs to the later second', () => {
    const s = new SeriesRecorder();
    s.error(999.999);
    s.error(1000);
    s.flush(2000);
    expect(s.points.map((p) => p.erroredRps)).toEqual([1, 1]);
  });
});
